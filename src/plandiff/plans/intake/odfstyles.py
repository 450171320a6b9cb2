"""The styles of an OpenDocument text (``styles.xml`` and the automatic styles of
``content.xml``, or both in one flat ``.fodt``) as the body reader (:mod:`.odf`) needs them:
each paragraph style's name (``Heading 1``, ``Title``, ``Contents 1``), its parent, its list
style and left indent, whether a text style sets bold or superscript; the list styles and the
heading outline (``text:outline-style``), each level's number format, prefix, suffix,
display-levels and start value; and the counting of lists and headings as LibreOffice shows
them.

A level is turned into the Word reader's :class:`~.docxnumbering.Level` (``prefix %1.%2
suffix``, the format named as Word names it) so that the marker the parser is shown is
worked out once, by :func:`~.docxnumbering.marker`, for both formats: ``N.`` at the first
level or the level's own wording (``Article 1.``), ``a)``, ``(i)``, ``1.1`` deeper.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from plandiff.plans.intake.docxnumbering import Level
from plandiff.xmlio import children
from plandiff.xmlio import local_name as local

__all__ = ["FO", "OFFICE", "STYLE", "TEXT", "Counter", "ParagraphStyle", "Styles",
           "read_styles"]

OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"

_FORMATS = {
    "1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman",
    "I": "upperRoman", "": "none",
    "1, 2, 3, ...": "decimalFullWidth", "①, ②, ③, ...": "decimalEnclosedCircle",
    "01, 02, 03, ...": "decimalZero", "1st": "ordinal", "One": "cardinalText",
    "First": "ordinalText",
    "一, 二, 三, ...": "japaneseCounting", "壱, 弐, 参, ...": "japaneseLegal",
    "ア, イ, ウ, ...": "aiueoFullWidth", "ｱ, ｲ, ｳ, ...": "aiueo",
    "イ, ロ, ハ, ...": "irohaFullWidth", "ｲ, ﾛ, ﾊ, ...": "iroha",
    "甲, 乙, 丙, ...": "ideographTraditional",
    "а, б, .., аа, аб, ... (ru)": "russianLower", "А, Б, .., Аа, Аб, ... (ru)": "russianUpper",
}
"""OpenDocument's number formats (``style:num-format``; LibreOffice's own names for the
Japanese and Russian sequences and the rest, as it writes them: ``1, 2, 3, ...`` is its
full-width digits) as Word names the same ones; any other is read as decimal numbers
and the report names it."""


def level_format(value: str | None) -> str:
    """The Word name of an OpenDocument number format (``"1"`` when none is given)."""
    value = "1" if value is None else value
    return _FORMATS.get(value, value or "none")


def _length_twips(value: str | None) -> int:
    """A length (``1.27cm``, ``0.5in``, ``36pt``) in twips (1/1440 inch); 0 when unreadable,
    at most :data:`_FAR`."""
    match = re.fullmatch(r"\s*(-?[0-9]*\.?[0-9]+)\s*(cm|mm|in|pt|pc|px)?\s*", value or "")
    if match is None:
        return 0
    per = {"cm": 1440 / 2.54, "mm": 144 / 2.54, "in": 1440.0, "pt": 20.0, "pc": 240.0,
           "px": 15.0}.get(match.group(2) or "pt", 20.0)
    twips = float(match.group(1)) * per  # inf past the largest float: capped, no overflow
    return round(max(-_FAR, min(_FAR, twips)))


_FAR = 1e12
"""A length's cap in twips (some 11,000 km): a hostile or broken length is no larger."""


@dataclass(frozen=True)
class ParagraphStyle:
    name: str
    """The name LibreOffice shows (``style:display-name``, else ``style:name``)."""
    parent: str | None
    list_style: str | None
    indent: int | None
    """The left margin in twips, when the style sets one."""
    bold: bool | None
    super: bool | None
    hidden: bool | None = None
    """``text:display="none"``: text LibreOffice does not show (Word's hidden text)."""
    size: float | None = None
    """The type's size in points (``fo:font-size`` in a length, not a percentage)."""
    centred: bool | None = None
    """``fo:text-align="center"``."""
    size_asian: float | None = None
    bold_asian: bool | None = None
    """The size and weight of Asian (CJK) text, which LibreOffice sets apart from the
    Western (``style:font-size-asian``, ``style:font-weight-asian``)."""
    page: bool = False
    """``style:master-page-name`` names a page style: a paragraph in this style starts a
    new one, as a Word section break does (LibreOffice's reading of Word's sections)."""


@dataclass
class Styles:
    """The paragraph and text styles, the list styles and the heading outline."""

    paragraphs: dict[str, ParagraphStyle] = field(default_factory=dict)
    texts: dict[str, ParagraphStyle] = field(default_factory=dict)
    """The text (character) styles: only ``bold`` and ``super`` are read."""
    lists: dict[str, dict[int, Level]] = field(default_factory=dict)
    """list style name → 0-based level → the level as Word's reader knows it."""
    outline: dict[int, Level] = field(default_factory=dict)
    default_size: float = 12.0
    """The size of the default paragraph style (LibreOffice's 12 points when none is
    given)."""
    default_asian: float = 12.0
    """The default paragraph style's size of Asian text."""

    def chain(self, name: str | None) -> list[ParagraphStyle]:
        """The style called ``name`` and its parents, nearest first."""
        out: list[ParagraphStyle] = []
        while name and name in self.paragraphs and len(out) < 20:
            style = self.paragraphs[name]
            out.append(style)
            name = style.parent
        return out

    def first(self, name: str | None, what: str) -> Any:
        """The first value of attribute ``what`` set along the chain of style ``name``."""
        return next((getattr(style, what) for style in self.chain(name)
                     if getattr(style, what) is not None), None)


def _level(element: Any) -> tuple[int, Level]:
    """A list or outline level style: its 0-based level and the Word level standing for it."""
    ilvl = max(0, min(_LEVELS, _int(element.get(f"{TEXT}level"), 1)) - 1)
    if local(element) == "list-level-style-bullet":
        char = element.get(f"{TEXT}bullet-char")
        if char is not None and not char.strip():  # a blank bullet (pandoc's list for an
            return ilvl, Level(fmt="none", text="")  # item's further blocks): no marker
        return ilvl, Level(fmt="bullet", text="•")
    if local(element) != "list-level-style-number" and local(element) != "outline-level-style":
        return ilvl, Level(fmt="none", text="")  # an image's bullet
    fmt = level_format(element.get(f"{STYLE}num-format"))
    shown = max(1, min(ilvl + 1, _int(element.get(f"{TEXT}display-levels"), 1)))
    numbers = ".".join(f"%{k}" for k in range(ilvl + 2 - shown, ilvl + 2))
    prefix = (element.get(f"{STYLE}num-prefix") or "").replace("%", "")
    suffix = (element.get(f"{STYLE}num-suffix") or "").replace("%", "")
    text = "" if fmt == "none" else prefix + numbers + suffix
    return ilvl, Level(start=_int(element.get(f"{TEXT}start-value"), 1), fmt=fmt, text=text)


_LEVELS = 9
"""The levels a list style is read to (OpenDocument has ten, Word nine; a level's number is
one digit in :class:`~.docxnumbering.Level`'s text): a hostile ``text:level`` of a billion
is the ninth."""


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def read_styles(roots: Iterable[Any]) -> Styles:
    """The styles of every root given (``styles.xml`` first, then ``content.xml``; a flat
    document's one root)."""
    styles = Styles()
    for root in roots:
        if root is None:
            continue
        for holder in children(root):
            if local(holder) not in ("styles", "automatic-styles"):
                continue
            for element in children(holder):
                name = local(element)
                if name == "default-style" and element.get(f"{STYLE}family") == "paragraph":
                    props = element.find(f"{STYLE}text-properties")
                    styles.default_size = _size(props) or styles.default_size
                    styles.default_asian = _size(props, f"{STYLE}font-size-asian") \
                        or styles.default_asian
                elif name == "style":
                    _style(styles, element)
                elif name == "list-style":
                    styles.lists[element.get(f"{STYLE}name") or ""] = dict(
                        _level(level) for level in children(element))
                elif name == "outline-style":
                    styles.outline = dict(_level(level) for level in children(element)
                                          if local(level) == "outline-level-style")
                    styles.lists.setdefault(element.get(f"{STYLE}name") or "Outline",
                                            styles.outline)
    return styles


def _size(text: Any, name: str = f"{FO}font-size") -> float | None:
    """A text-properties element's type size in points (a length; a percentage of the
    parent's is not read); ``name`` the attribute (the Asian text's size)."""
    value = text.get(name) if text is not None else None
    if not value or value.strip().endswith("%"):
        return None
    twips = _length_twips(value)
    return twips / 20 if 0 < twips < 20 * 2000 else None


_BOLD = frozenset({"bold", "600", "700", "800", "900"})


def _style(styles: Styles, element: Any) -> None:
    family = element.get(f"{STYLE}family")
    if family not in ("paragraph", "text"):
        return
    ident = element.get(f"{STYLE}name") or ""
    paragraph = element.find(f"{STYLE}paragraph-properties")
    text = element.find(f"{STYLE}text-properties")
    weight = text.get(f"{FO}font-weight") if text is not None else None
    asian = text.get(f"{STYLE}font-weight-asian") if text is not None else None
    position = (text.get(f"{STYLE}text-position") or "") if text is not None else ""
    margin = paragraph.get(f"{FO}margin-left") if paragraph is not None else None
    if margin is None and paragraph is not None:
        margin = paragraph.get(f"{FO}margin-start")
    display = text.get(f"{TEXT}display") if text is not None else None
    align = paragraph.get(f"{FO}text-align") if paragraph is not None else None
    into = styles.paragraphs if family == "paragraph" else styles.texts
    into[ident] = ParagraphStyle(
        name=element.get(f"{STYLE}display-name") or ident.replace("_20_", " "),
        parent=element.get(f"{STYLE}parent-style-name"),
        list_style=element.get(f"{STYLE}list-style-name"),
        indent=_length_twips(margin) if margin is not None else None,
        bold=None if weight is None else weight in _BOLD,
        super=None if not position else (position.startswith("super")
                                         or (position.split()[0].rstrip("%").isdigit()
                                             and not position.startswith("0"))),
        hidden=None if display is None else display == "none",
        size=_size(text),
        centred=None if align is None else align == "center",
        size_asian=_size(text, f"{STYLE}font-size-asian"),
        bold_asian=None if asian is None else asian in _BOLD,
        page=bool(element.get(f"{STYLE}master-page-name")))


@dataclass
class Counter:
    """The running numbers of one list (a list and the lists that continue it) or of the
    headings: level → the number last shown."""

    counts: dict[int, int] = field(default_factory=dict)

    def advance(self, ilvl: int, levels: dict[int, Level], start: int | None = None) -> dict[
            int, int]:
        """Count one item at ``ilvl`` (``start``: the item's own ``text:start-value``); the
        numbers of every level, the deeper ones started again."""
        if start is not None:
            self.counts[ilvl] = start
        elif ilvl in self.counts:
            self.counts[ilvl] += 1
        else:
            self.counts[ilvl] = levels[ilvl].start if ilvl in levels else 1
        for deeper in [k for k in self.counts if k > ilvl]:
            del self.counts[deeper]
        return self.counts
