"""Saved HTML pages → the lines of the article's main text.

The page is parsed like a browser parses it (:mod:`plandiff.plans.intake.htmldom`). The main
text is the ``<article>``, ``<main>``, ``[role=main]`` or ``[itemprop=articleBody]`` element
with the most text (the ``<body>`` when there is none); inside it, navigation, scripts, forms,
share bars, cookie notices, newsletters, related links, footers and the like (by tag, by ARIA
role, or by a class or id word such as ``share``, ``cookie``, ``related``) never reach a line.

Each block (paragraph, heading, list item, table row, ``<br>``) becomes a line. List items get
the marker a reader sees: ``<ol>`` numbers (``start=``, ``value=``, ``type=``) as ``N.`` at the
outer level and as ``(n)``, ``a)`` or ``(i)`` inside, ``<ul>`` items as ``•``, each nesting level
indented further; an item that already carries its own number keeps it. Headings become
Markdown headings (``<h1>`` is the title). ``<blockquote>`` and inline left margins indent.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from plandiff.limits import DEFAULT_LIMITS, Limits
from plandiff.plans.intake.encodings import CODECS as _CODECS
from plandiff.plans.intake.encodings import guess_encoding
from plandiff.plans.intake.htmldom import Element, HtmlDocument, StartTag, Text
from plandiff.plans.intake.lines import (
    FOOTNOTES_HEADING,
    DraftFormat,
    DraftLines,
    Line,
    letter_label,
    roman_label,
)
from plandiff.plans.intake.notemarks import pasted_footnotes, superscript_mark
from plandiff.plans.intake.problems import input_problem

__all__ = ["decode_html", "read_html"]

_SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object",
    "embed", "form", "button", "select", "input", "textarea", "nav", "aside", "footer",
    "header", "dialog", "menu", "figure", "picture", "video", "audio", "map", "label", "head",
    "title", "meta", "link", "amp-ad", "amp-embed", "amp-sticky-ad", "amp-sidebar",
    "amp-social-share", "amp-analytics", "amp-consent", "amp-user-notification",
    "amp-iframe", "amp-img", "amp-video", "amp-carousel", "amp-list",
})
_SKIP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "dialog",
                         "alertdialog", "search", "menu", "menubar", "toolbar", "tablist"})
_SKIP_WORDS = frozenset({
    "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "cookie", "cookies",
    "consent", "gdpr", "banner", "share", "sharing", "social", "newsletter", "subscribe",
    "subscription", "related", "recommended", "recommendations", "promo", "advert", "advertising",
    "ad", "ads", "sponsor", "sponsored", "comments", "comment", "footer", "sidebar", "toolbar",
    "popup", "modal", "paywall", "byline", "caption", "tags", "readmore", "outbrain", "taboola",
    "masthead", "skip", "sr-only", "visually-hidden", "hidden", "print-only", "pullquote",
    "pullout", "bio", "credit", "credits",
})
_SKIP_CLASSES = frozenset({"pull-quote", "pull_quote", "author-bio", "author-info",
                           "article-author", "author-card", "photo-credit"})
"""Class names made of words that are harmless alone ("quote", "author")."""
_BLOCKS = frozenset({
    "p", "div", "section", "article", "main", "blockquote", "pre", "address", "center",
    "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "dl", "tr", "table", "tbody",
    "thead", "tfoot", "caption", "ul", "ol", "body", "hr", "details", "summary",
})
_INDENTING = frozenset({"blockquote", "dd"})
_NUMBER_WORDS = frozenset({"num", "number", "numeral", "counter", "index", "nr", "no",
                           "номер", "digit"})
_BARE_NUMBER = re.compile(r"\s*[0-9０-９]{1,3}\s*")
_NOTE_REF_CLASSES = frozenset({"footnote-ref", "footnote-back", "footnote-backref", "noteref",
                               "reference", "fn-ref", "footnote-link"})
_NOTE_ANCHORS = ("#fn", "#footnote", "#cite_note", "#endnote", "#note-", "#ftn", "#cmnt")
"""Links to a page's notes; ``#ftnt1`` and ``#cmnt1`` are Google Docs' footnotes and
comments in its HTML export."""

_MAIN_SELECTORS = ("article", "main", "[role=main]", "[itemprop=articleBody]")
_WORD_SPLIT = re.compile(r"[\s_\-]+")
_MARGIN = re.compile(r"(?:margin|padding)-left\s*:\s*([0-9.]+)\s*(em|rem|px|pt|%)?", re.I)
_OWN_MARKER = re.compile(r"^\s*(?:[(（]?[0-9０-９]{1,3}[.．)）:]|[(（][a-z]{1,4}[)）]|[a-z][.)]"
                         r"\s|[•\-–*・→◦▪]\s|(?:point|paragraph|article|пункт|第)\s*\d)",
                         re.IGNORECASE)
_TAG_SCAN = re.compile(rb"<(/?)([A-Za-z][A-Za-z0-9:-]{0,30})[^<>]*?(/?)>")
_VOID = frozenset({b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link",
                   b"meta", b"source", b"track", b"wbr", b"p", b"li", b"dt", b"dd", b"tr",
                   b"td", b"th", b"option", b"optgroup", b"rb", b"rt", b"rp", b"colgroup",
                   b"tbody", b"thead", b"tfoot", b"caption", b"param"})
"""Elements that never nest by themselves (void, or closed implicitly by the next one)."""
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_SPACE = re.compile(r"[ \t\r\n\f]+")
_MARKUP = re.compile(rb"<[^<>]*>|&[#a-zA-Z0-9]{1,10};")


def decode_html(data: bytes, display: str) -> tuple[str, str | None]:
    """The page's text: a byte-order mark, else UTF-8, else the charset its ``<meta>`` names
    (windows-1251 and the like), else the legacy encoding its text reads best in
    (:mod:`plandiff.plans.intake.encodings`), else windows-1252 as browsers do. With the text,
    what the structure report should say about the encoding (None for UTF-8)."""
    for bom, codec, name in ((b"\xef\xbb\xbf", "utf-8", None),
                             (b"\xff\xfe", "utf-16-le", "UTF-16 (little-endian)"),
                             (b"\xfe\xff", "utf-16-be", "UTF-16 (big-endian)")):
        if data.startswith(bom):
            text = data[len(bom):].decode(codec, errors="replace")
            return text, None if name is None else f"read as {name} (its byte-order mark)"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    match = _CHARSET.search(data[:4096])
    if match:
        label = match.group(1).decode("ascii")
        try:
            codec = codecs.lookup(label).name
        except LookupError:
            codec = ""
        if codec == "utf-8":
            return data.decode(codec, errors="replace"), (
                "the page says UTF-8 but is not valid UTF-8: bytes that are not were "
                "replaced with \ufffd")
        if codec and not codec.startswith("utf-16"):
            return data.decode(codec, errors="replace"), (
                f"not UTF-8: read as {label} (the page's charset)")
    guess = guess_encoding(_MARKUP.sub(b" ", data))  # the text, not the tags, tells
    if guess is not None and b"\x00" not in data:
        return data.decode(_CODECS.get(guess.name, "cp1252"), errors="replace"), (
            f"not UTF-8: read as {guess.name} (guessed from its text; the page names no "
            "usable charset)")
    return data.decode("cp1252", errors="replace"), (
        "not UTF-8 and no usable charset: read as Windows-1252, as browsers do; check the "
        "text")


def _check_depth(data: bytes, display: str, limits: Limits) -> None:
    """Refuse markup nested deeper than ``limits.max_markup_depth`` before parsing it (an HTML
    tree builder takes time quadratic in the depth of some nestings)."""
    depth = 0
    deepest = 0
    for match in _TAG_SCAN.finditer(data):
        closing, name, selfclosing = match.groups()
        name = name.lower()
        if name in _VOID or selfclosing:
            continue
        if closing:
            depth = max(0, depth - 1)
            continue
        depth += 1
        if depth > deepest:
            deepest = depth
            if deepest > limits.max_markup_depth:
                raise input_problem(display, f"HTML nested more than {limits.max_markup_depth} "
                                    "elements deep; not a page a reader sees (set "
                                    "PLANDIFF_MAX_MARKUP_DEPTH to raise the limit)",
                                    rule="limits")


def _note_reference(start: StartTag) -> bool:
    """A footnote's mark in the text (``<a href="#fn1" role="doc-noteref"><sup>1</sup>``,
    ``<sup class="reference">``) or its way back from the note (``↩︎``)."""
    attrs = start.attrs
    if start.tag not in ("a", "sup"):
        return False
    if attrs.get("role", "").lower() in ("doc-noteref", "doc-backlink"):
        return True
    if set(attrs.get("class", "").lower().split()) & _NOTE_REF_CLASSES:
        return True
    return start.tag == "a" and attrs.get("href", "").lower().startswith(_NOTE_ANCHORS)


def _footnotes(start: StartTag) -> bool:
    """The block of footnotes at the end of a page (pandoc's, a CMS's)."""
    attrs = start.attrs
    if attrs.get("role", "").lower() in ("doc-endnotes", "doc-footnotes"):
        return True
    names = f'{attrs.get("class", "")} {attrs.get("id", "")}'.lower().split()
    return bool(set(names) & {"footnotes", "endnotes", "footnote-list"})


def _skipped(start: StartTag) -> bool:
    attrs = start.attrs
    if start.tag in _SKIP_TAGS or "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    if _note_reference(start):
        return True
    if attrs.get("role", "").lower() in _SKIP_ROLES:
        return True
    names = f'{attrs.get("class", "")} {attrs.get("id", "")}'.lower()
    words = {w for w in _WORD_SPLIT.split(names) if w}
    if words & _SKIP_WORDS or set(names.split()) & _SKIP_CLASSES:
        return True
    style = attrs.get("style", "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _int(value: str | None, default: int) -> int:
    try:
        return int((value or "").strip())
    except ValueError:
        return default


@dataclass
class _List:
    ordered: bool
    counter: int
    kind: str
    """``1``, ``a``, ``i`` (``type=``; upper case folds to lower)."""
    upper: bool = False
    """``type="I"`` or ``type="A"``: numbered in capitals."""


@dataclass
class _Walker:
    lines: list[Line] = field(default_factory=list)
    buffer: list[str] = field(default_factory=list)
    prefix: str = ""
    lists: list[_List] = field(default_factory=list)
    indent: int = 0
    block: int = 0

    def flush(self) -> None:
        raw = "".join(self.buffer)
        row = _ROW_NUMBER.match(raw)
        if row and _CELL not in raw[row.end():] and len(raw[row.end():].split()) >= 3:
            # a two-cell table row: the point's number, then its text
            raw = f"{row.group('num')}. {raw[row.end():]}"
        if _BOLD_END in raw:
            raw = _BOLD_NUMBER.sub(lambda m: m.group(1) + (
                " " if m.group(2).islower() else ". ") + m.group(2), raw).replace(_BOLD_END, "")
        text = _SPACE.sub(" ", raw.replace(_CELL, " ")).strip()
        self.buffer.clear()
        if text:
            prefix = self.prefix
            if prefix and prefix.strip() not in ("#", "##", "###", "####", "#####", "######") \
                    and _OWN_MARKER.match(text):
                prefix = ""  # the item carries its own number
            pad = " " * (2 * self.indent)
            self.lines.append(Line(f"{pad}{prefix}{text}", f"block {self.block}"))
            self.block += 1
            self.prefix = ""  # an item's marker waits for its first text (<li><p>…)

    def paragraph_break(self) -> None:
        self.flush()
        if self.lines and self.lines[-1].text:
            self.lines.append(Line("", f"block {self.block}"))


_BOLD_END = "\x1e"
"""Where a bold number opening a paragraph ends (``<p><b>3</b> The parties …``)."""
_BOLD_NUMBER = re.compile("^(\\s*[0-9０-９]{1,3})\\s*\x1e\\s*(\\S)")
"""A paragraph opening with a bold number: it is the point's number when the text after it
does not go on in small letters (``<b>28</b> points make up the draft`` is a sentence)."""
_CELL = "\x1f"
"""Where a table cell starts in a row's text (a space once the line is made)."""
_ROW_NUMBER = re.compile(r"^\s*\x1f\s*\[?(?P<num>[0-9]{1,4}[A-Z]?)\]?\s*[.)]?\s*\x1f(?=\s*\S)")
"""A row whose first cell holds only a number (``| 3 | The parties … |``, a two-column table
of provisions, at least three words in the second cell): the line opens point 3. A row of
more cells ("12 | 8 | modified", a renumbering map) stays text."""


def _item_marker(walker: _Walker, start: StartTag) -> str:
    if not walker.lists:
        return "• "
    current = walker.lists[-1]
    if "value" in start.attrs:
        current.counter = _int(start.attrs.get("value"), current.counter)
    n = current.counter
    current.counter += 1
    if not current.ordered:
        return "• "
    nested = sum(1 for lst in walker.lists if lst.ordered) > 1
    if current.kind == "a":
        return f"{letter_label(n)}) "
    if current.kind == "i" and current.upper and not any(
            lst.ordered for lst in walker.lists[:-1]):
        return f"{roman_label(n).upper()}. "  # parts I., II. (their points nested in them)
    if current.kind == "i":
        return f"({roman_label(n)}) "
    return f"({n}) " if nested else f"{n}. "


def _number_box(start: StartTag) -> bool:
    """An element a designed page puts a point's number in (``<span class="num">3</span>``,
    ``<div class="point__number">``): its number gets the dot a reader sees in the
    layout. So does a number set in bold at the start of a paragraph (``<p><b>3</b> …``),
    outside a list (the walk checks that)."""
    names = f'{start.attrs.get("class", "")} {start.attrs.get("id", "")}'.lower()
    return bool({w for w in _WORD_SPLIT.split(names) if w} & _NUMBER_WORDS)


def _walk(root: Element) -> _Walker:
    walker = _Walker()
    skipping = 0
    indents: list[int] = []
    boxes: list[tuple[int, int, bool]] = []
    """(depth, where in the buffer, whether it is a bold run) of each open number box."""
    sups: list[tuple[int, int]] = []
    """(depth, where in the buffer) of each open ``<sup>``."""
    depth = 0
    for event in root.events(skip=_SKIP_TAGS):
        if isinstance(event, Text):
            if not skipping:
                walker.buffer.append(event.text)
            continue
        if isinstance(event, StartTag):
            if skipping or _skipped(event):
                skipping += 1
                continue
            depth += 1
            if event.tag == "sup":
                sups.append((depth, len(walker.buffer)))
            bold = event.tag in ("b", "strong") and not walker.lists \
                and not "".join(walker.buffer).strip()
            if bold or _number_box(event):
                if event.tag in _BLOCKS:
                    walker.flush()
                boxes.append((depth, len(walker.buffer), bold))
            tag = event.tag
            if tag == "br":
                walker.flush()
                continue
            if tag in ("td", "th"):
                walker.buffer.append(_CELL)
                continue
            if _footnotes(event):
                walker.paragraph_break()
                walker.lines.append(Line(FOOTNOTES_HEADING, f"block {walker.block}"))
            if tag not in _BLOCKS:
                continue
            walker.flush()
            extra = 1 if tag in _INDENTING else 0
            margin = _MARGIN.search(event.attrs.get("style", ""))
            if margin and float(margin.group(1) or 0) > 0:
                extra += 1
            indents.append(extra)
            walker.indent += extra
            if tag in ("ol", "ul"):
                given = event.attrs.get("type", "1")[:1] or "1"
                walker.lists.append(_List(tag == "ol", _int(event.attrs.get("start"), 1),
                                          given.lower(), given.isupper()))
                if len(walker.lists) > 1:
                    walker.indent += 1
            elif tag == "li":
                walker.prefix = _item_marker(walker, event)
            elif tag[0] == "h" and tag[1:].isdigit():
                walker.paragraph_break()
                # <li><h3>Title</h3>…: the heading keeps the item's number (### 2. Title)
                item = walker.prefix if not walker.prefix.startswith("#") else ""
                walker.prefix = "#" * int(tag[1:]) + " " + item
            elif tag in ("p", "hr"):
                walker.paragraph_break()
            continue
        # EndTag
        if skipping:
            skipping -= 1
            continue
        if sups and sups[-1][0] == depth:  # <sup>3</sup>: a note mark, as a reader sees it
            start = sups.pop()[1]
            # a <sup> holding a number (a mark a page sets without a link): superscript digits
            mark = superscript_mark("".join(walker.buffer[start:]))
            if mark is not None:
                walker.buffer[start:] = [mark]
        if boxes and boxes[-1][0] == depth:
            _, start, bold = boxes.pop()
            if _BARE_NUMBER.fullmatch("".join(walker.buffer[start:])) \
                    and not "".join(walker.buffer[:start]).strip():  # opens its line
                walker.buffer.append(_BOLD_END if bold else ". ")
        depth -= 1
        tag = event.tag
        if tag not in _BLOCKS:
            continue
        walker.flush()
        if tag in ("ol", "ul") and walker.lists:
            if len(walker.lists) > 1:
                walker.indent -= 1
            walker.lists.pop()
        if indents:
            walker.indent -= indents.pop()
        if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "ol", "ul", "table"):
            walker.paragraph_break()
    walker.flush()
    return walker


def read_html(data: bytes, display: str, limits: Limits = DEFAULT_LIMITS) -> DraftLines:
    """The lines of a saved page's main text."""
    if len(data) > limits.max_file_bytes:
        raise input_problem(display, f"over the limit of {limits.max_file_bytes} bytes (set "
                            "PLANDIFF_MAX_FILE_BYTES to raise it)", rule="limits")
    _check_depth(data, display, limits)
    text, encoding = decode_html(data, display)
    page = HtmlDocument(text)
    candidates = [e for css in _MAIN_SELECTORS for e in page.select(css)]
    root = max(candidates, key=lambda e: len(e.text()), default=None) if candidates else None
    body = page.body()
    if root is None or (body is not None and len(root.text()) < 200 < len(body.text()) // 4):
        root = body
    if root is None:
        return DraftLines(DraftFormat.HTML, (), notes=(encoding,) if encoding else ())
    walker = _walk(root)
    title = None
    headings = page.select("h1")
    if headings:
        title = _SPACE.sub(" ", headings[0].text()).strip() or None
    if title is None:
        title = _SPACE.sub(" ", page.title()).strip() or None
    pasted = pasted_footnotes(tuple(walker.lines), symbols=False)
    return DraftLines(DraftFormat.HTML, pasted.lines, title=title,
                      notes=((encoding,) if encoding else ()) + pasted.report())
