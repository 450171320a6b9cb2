"""HTML that office suites export: Google Docs' "Download → Web page", Word's "Web Page"
and "Web Page, Filtered", LibreOffice Writer's HTML. The web page reader
(:mod:`plandiff.plans.intake.html`) walks such a page as any other; what it asks here is
what each suite says only in its own way.

Google Docs' export is told by its list classes, its ``doc-content`` body or its comment
and footnote links, and read as Google shows it: each list level is its own sibling
``<ol>``/``<ul>`` with the level in its class (``lst-kix_<list>-<level>``, indented by its
level) and the number it goes on from in ``start=``; the marker is the style sheet's
(``.lst-kix_abc-1>li:before{content:"" counter(lst-ctn-kix_abc-1,lower-latin) ") "}``, read
by pattern: no ``@import`` is ever fetched) and a paragraph's indentation its class rule's
(``.c5{margin-left:72pt}``).

Word's "Web Page" and "Web Page, Filtered" write a list's markers as text, a bullet as the
character its symbol font draws (``·``, ``o``, ``§``: read as ``•``), and a level as an
inline margin (and, in "Web Page", ``mso-list:l0 level2``): a paragraph is indented by its
level, else by its margin in 36-point steps. LibreOffice Writer's pages are told by their
``generator`` meta tag (the reader numbers their nested lists as LibreOffice does). In the
suites' pages the title paragraph (``<p class="title">``, Word's ``MsoTitle``) is the title,
and the links back from footnotes and comments (:data:`NOTE_BACK`, :data:`COMMENT_BACK`) and
Word's comment blocks (:data:`WORD_COMMENT`) tell the notes and comments after the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plandiff.plans.intake.csscounters import ClassCounters, read_counters
from plandiff.plans.intake.htmldom import HtmlDocument, StartTag
from plandiff.plans.intake.lines import letter_label, roman_label

__all__ = ["COMMENT_BACK", "COMMENT_MARK", "MARGIN", "NOTE_BACK", "WORD_BULLET",
           "WORD_COMMENT", "Office", "bold_weight", "class_margin", "counter_text", "kix_level",
           "kix_marker", "margin_of", "read_office", "title_paragraph", "word_indent"]

MARGIN = re.compile(r"(?:margin|padding)-left\s*:\s*([0-9.]+)\s*(em|rem|px|pt|%)?", re.I)
"""A left margin or padding in a style (inline, or a class's rule)."""
_SPACE = re.compile(r"[ \t\r\n\f]+")
_KIX_CLASS = re.compile(r"(?:^|\s)lst-kix_([\w-]+)-([0-8])(?=\s|$)")
"""A Google Docs list's class: ``lst-kix_<list id>-<level>`` (level 0 to 8)."""
_KIX_RULE = re.compile(r"\.lst-kix_([\w-]+)-([0-8])\s*>\s*li\s*:{1,2}before\s*\{([^{}]*)\}")
_CSS_CONTENT = re.compile(r"(?:^|;)\s*content\s*:\s*([^;]*)")
_CSS_TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"|counter\(\s*lst-ctn-kix_([\w-]+)-([0-8])\s*'
                        r'(?:,\s*([a-z-]+)\s*)?\)')
_CSS_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})\s?|\\(.)")
_MAX_MARKER_CSS = 400
"""How much of a list level's ``content`` is read: a marker is a few characters (Google's
longest, nine levels of ``1.1.1…``, fit well within this); more is not a marker's."""
_CLASS_RULE = re.compile(r"\.([A-Za-z_][\w-]*)\s*\{([^{}]*)\}")
COMMENT_MARK = re.compile(r"^(\[[A-Za-z]{1,6}[0-9]{0,4}\])\s*")
"""A comment's own mark: Google Docs' ``[a]``, Word's ``[AR1]`` (the author's initials)."""
COMMENT_BACK = ("#cmnt_ref", "#_msoanchor_")
"""The link from a comment at the end of the page back to its mark: Google Docs', Word's."""
NOTE_BACK = ("#ftnt_ref", "#_ftnref", "#_ednref")
"""The link from a footnote (an endnote) at the end of the page back to its mark: Google
Docs', Word's."""
_WORD_PAGE = re.compile(r"urn:schemas-microsoft-com:office:word|content=[\"']?Microsoft Word|"
                        r"\bclass=[\"']?Mso[A-Z]")
WORD_BULLET = re.compile("^[·o§Øüv\uf0a7\uf0b7\uf076\uf0d8\uf0fc][\xa0 ]*\xa0[\xa0 ]*")
"""A bullet as Word writes it into a page: the character its symbol font draws as the
bullet (Symbol's ``·``, Courier New's ``o``, Wingdings' ``§`` ▪, ``Ø`` ➢, ``ü`` ✓, ``v`` ❖),
then the gap Word fills with no-break spaces."""
_MSO_LEVEL = re.compile(r"mso-list\s*:\s*l[0-9]+\s+level([1-9])", re.IGNORECASE)
_LIBREOFFICE = re.compile(r"""<meta\s+name=["']?generator["']?\s+content=["']?"""
                          r"(?:LibreOffice|OpenOffice)", re.IGNORECASE)
WORD_COMMENT = re.compile(r"mso-element\s*:\s*comment\s*(?:;|$)")


@dataclass(frozen=True)
class Office:
    """What a Google Docs export says only in its style sheet."""

    markers: dict[tuple[str, int], tuple[str | tuple[str, int, str], ...]]
    """Each list level's marker (``li:before`` content): literal text and counters
    (list id, level, style), in order."""
    margins: dict[str, float]
    """Class name → its left margin or padding, where more than zero."""
    gdocs: bool
    word: bool = False
    """Word's "Save as Web Page" (or "Web Page, Filtered")."""
    libreoffice: bool = False
    """LibreOffice Writer's HTML export."""
    counters: ClassCounters | None = None
    """Paragraphs numbered by CSS counters on their classes (no ``<ol>``)."""
    bold: frozenset[str] = frozenset()
    """Classes whose rule sets the text bold (``.c0{font-weight:700}``): a run in bold."""


def _css_string(raw: str) -> str:
    def unescape(match: re.Match[str]) -> str:
        if match.group(1):
            code = int(match.group(1), 16)
            return chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else ""
        return match.group(2)
    return _CSS_ESCAPE.sub(unescape, raw)


def read_office(page: HtmlDocument, text: str) -> Office:
    """Read a Google Docs export's style sheet (by pattern: nothing it imports is fetched):
    each list level's marker and each class's left margin; and tell a page Word saved. Any
    other page gets an empty reading (its classes' margins are its layout, not a draft's
    indentation)."""
    sheet = "\n".join(e.text() for e in page.select("style"))[:1_000_000]
    body = page.body()
    gdocs = "lst-kix_" in sheet or bool(page.select("body.doc-content")) or bool(
        page.select('a[href^="#cmnt_ref"], a[href^="#ftnt_ref"]'))
    counters = read_counters(sheet)
    if body is None or not gdocs:
        return Office({}, {}, False, word=bool(_WORD_PAGE.search(text[:20_000])),
                       libreoffice=bool(_LIBREOFFICE.search(text[:20_000])),
                       counters=counters)
    markers: dict[tuple[str, int], tuple[str | tuple[str, int, str], ...]] = {}
    for match in _KIX_RULE.finditer(sheet):
        content = _CSS_CONTENT.search(match.group(3))
        if content is None:
            continue
        tokens: list[str | tuple[str, int, str]] = []
        for token in _CSS_TOKEN.finditer(content.group(1)[:_MAX_MARKER_CSS]):
            if token.group(2) is not None:
                tokens.append((token.group(2), int(token.group(3)), token.group(4) or "decimal"))
            else:
                tokens.append(_css_string(token.group(1))[:_MAX_MARKER_CSS])
        markers[(match.group(1), int(match.group(2)))] = tuple(tokens)
    margins: dict[str, float] = {}
    bold: set[str] = set()
    for match in _CLASS_RULE.finditer(sheet):
        margin = MARGIN.search(match.group(2))
        if margin and float(margin.group(1) or 0) > 0:
            margins[match.group(1)] = float(margin.group(1))
        if bold_weight(match.group(2)):
            bold.add(match.group(1))
    return Office(markers, margins, True, counters=counters, bold=frozenset(bold))


_WEIGHT = re.compile(r"(?:^|[;{\s])font-weight\s*:\s*([a-z]+|[0-9]{3})", re.IGNORECASE)


def bold_weight(style: str) -> bool | None:
    """Whether a style (an element's ``style=``, a class's rule) sets the text bold
    (``bold``, ``bolder``, 600 and more) or not (``normal``, 400); None when it says
    nothing of the weight."""
    found = _WEIGHT.search(style)
    if found is None:
        return None
    value = found.group(1).lower()
    return value.startswith("bold") or (value.isdigit() and int(value) >= 600)


def counter_text(n: int, style: str) -> str:
    """A CSS counter's value as its list style writes it."""
    if style in ("lower-latin", "lower-alpha"):
        return letter_label(n)
    if style in ("upper-latin", "upper-alpha"):
        return letter_label(n).upper()
    if style == "lower-roman":
        return roman_label(n)
    if style == "upper-roman":
        return roman_label(n).upper()
    if style == "decimal-leading-zero":
        return f"{n:02d}"
    return str(n)


def kix_marker(office: Office, values: dict[tuple[str, int], int], ordered: bool,
               kix: tuple[str, int], n: int) -> str:
    """The marker Google Docs shows before item ``n`` of a list level: its style sheet's
    ``content`` with the counters of this and the levels above (``3.``, ``a)``, ``(ii)``,
    ``3.1.``), a bullet when it shows no number. A level the style sheet gives no marker
    (a page trimmed by hand) is numbered as Google numbers by default: ``1.``, then
    letters, Roman numbers and numbers again, level by level. ``values`` holds the number
    of the last item at each level, and is updated (an item starts its sub-levels
    afresh)."""
    list_id, level = kix
    values[kix] = n
    for deeper in range(level + 1, 9):  # a new item starts its sub-levels afresh
        values.pop((list_id, deeper), None)
    tokens = office.markers.get(kix)
    if tokens is None and ordered:
        if level == 0:
            return f"{n}. "
        return (f"({n}) ", f"{letter_label(n)}) ", f"({roman_label(n)}) ")[level % 3]
    if not tokens or not any(isinstance(t, tuple) for t in tokens):
        return "• "
    out = []
    for token in tokens:
        if isinstance(token, str):
            out.append(token)
        else:
            value = n if token[:2] == kix else values.get(token[:2], 1)
            out.append(counter_text(value, token[2]))
    marker = _SPACE.sub(" ", "".join(out).replace("\xa0", " ")).strip()
    return f"{marker} " if marker else "• "


def kix_level(office: Office, values: dict[tuple[str, int], int], classes: str,
              start: int | None) -> tuple[tuple[str, int], int] | None:
    """A Google Docs list level (never nested in an item: each level is its own list, its
    level in its class ``classes``): the level and the number its first item has, from
    ``start=`` (``start``), else from 1 when the class says ``start``, else on from the
    level's last item (``values``); None for any other list."""
    match = _KIX_CLASS.search(classes)
    if match is None or not office.gdocs:
        return None
    kix = (match.group(1), int(match.group(2)))
    if start is not None:
        counter = start
    elif "start" in classes.split():
        counter = 1
    else:
        counter = values.get(kix, 0) + 1
    return kix, counter


def class_margin(office: Office, start: StartTag) -> bool:
    """A block a Google Docs export indents by a class rule (``.c5{margin-left:72pt}``); a
    list item's indentation is its level's."""
    if not office.margins or start.tag in ("li", "ol", "ul"):
        return False
    return any(name in office.margins for name in start.attrs.get("class", "").split())


def margin_of(office: Office, start: StartTag) -> float | None:
    """The left margin a Google Docs export's class rule gives a block or a list item."""
    return next((office.margins[name] for name in start.attrs.get("class", "").split()
                 if name in office.margins), None)


def word_indent(style: str, margin: re.Match[str] | None) -> int:
    """How far Word indents a paragraph: a list paragraph by its level (``mso-list:l0
    level3 lfo1`` in "Web Page"), else by its left margin in steps of Word's 36-point
    default (the first level's margin is its class's, so 72pt is one step in): "Web Page,
    Filtered" keeps only the margins."""
    level = _MSO_LEVEL.search(style)
    if level:
        return int(level.group(1)) - 1
    if margin is None or float(margin.group(1) or 0) <= 0:
        return 0
    if (margin.group(2) or "").lower() != "pt":
        return 1
    return max(1, round(float(margin.group(1)) / 36) - 1)


def title_paragraph(office: Office, start: StartTag) -> bool:
    """The document's title as an office suite exports it: Google Docs' ``<p
    class="title">``, Word's ``<p class=MsoTitle>``."""
    classes = start.attrs.get("class", "").split()
    return "MsoTitle" in classes or (office.gdocs and "title" in classes)
