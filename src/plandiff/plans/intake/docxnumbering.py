"""Word's automatic numbering (``numbering.xml``): the list definitions and their instances,
the counting of each paragraph (restarts, ``startOverride``, lists sharing a definition), and
the marker the text parser is shown in front of a numbered paragraph, as a reader sees it
(see :mod:`.docx` for the rules: ``N.`` at level 0 or the level's own wording, ``(n)``,
``a)``, ``(i)``, ``2.1`` deeper, bullets as ``•``; Japanese formats as the same text pasted
reads).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from plandiff.plans.intake.docxml import W, attr, find, int_value, on
from plandiff.plans.intake.lines import letter_label, roman_label
from plandiff.plans.intake.markers import PART, STEMS
from plandiff.xmlio import children
from plandiff.xmlio import local_name as local

__all__ = ["KNOWN_FORMATS", "Level", "Numbering", "format_number", "marker", "read_numbering",
           "unknown_formats"]


@dataclass
class Level:
    """One level of a list definition (``w:lvl``): its start, format (``numFmt``), text
    (``%1.``) and the level whose moving on restarts it."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None
    """``lvlRestart``: the level (1-based) whose moving on restarts this one; 0 never; -1 (or
    None) the default, any level above."""
    legal: bool = False
    """``isLgl``: the numbers this level prints are all shown in decimal (1.1 under Part I)."""
    indent: int = 0
    """The left indentation (twips) the level sets its paragraphs at (``w:ind``)."""

    def restarts_after(self, ilvl: int, moved: int) -> bool:
        """Whether this level, at ``ilvl``, starts again when a paragraph at ``moved`` (a
        level above it) is counted."""
        if self.restart is None or self.restart < 0:
            return True
        return self.restart != 0 and moved <= self.restart - 1


@dataclass
class Numbering:
    """The list definitions and instances of ``numbering.xml``, with the running count of each
    definition."""

    abstract: dict[str, dict[int, Level]] = field(default_factory=dict)
    instances: dict[str, tuple[str, dict[int, int], dict[int, Level]]] = field(
        default_factory=dict)
    """numId → (abstractNumId, start overrides, level overrides)."""
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)
    links: dict[str, str] = field(default_factory=dict)
    """abstractNumId → the list style it only names (``numStyleLink``): its levels are the
    definition that style points at (Word's multilevel list styles)."""
    styled: dict[str, str] = field(default_factory=dict)
    """list style → the abstractNumId that defines it (``styleLink``)."""
    uses: dict[str, int] = field(default_factory=dict)
    """numId → the paragraphs counted in it so far."""
    last: tuple[str, int] | None = None
    """The list and level of the paragraph counted last."""

    def link_styles(self, style_lists: dict[str, str]) -> None:
        """Point every instance of a definition that only names a list style
        (``numStyleLink``) at the definition of that style: through the style's own list
        instance (``style_lists``: style id → numId, from styles.xml), or the definition
        marked with the style (``styleLink``). Instances linked to one style count together,
        as in Word."""
        for abstract_id, style in self.links.items():
            target = self.styled.get(style)
            via = self.instances.get(style_lists.get(style, ""))
            if via is not None and via[0] != abstract_id and via[0] in self.abstract:
                target = via[0]
            if target is None or target == abstract_id:
                continue
            for num_id, (owner, starts, overrides) in list(self.instances.items()):
                if owner == abstract_id:
                    self.instances[num_id] = (target, starts, overrides)

    def level(self, num_id: str, ilvl: int) -> tuple[str, Level] | None:
        instance = self.instances.get(num_id)
        if instance is None:
            return None
        abstract_id, _, overrides = instance
        level = overrides.get(ilvl) or self.abstract.get(abstract_id, {}).get(ilvl)
        if level is None:
            return None
        return abstract_id, level

    def advance(self, num_id: str, ilvl: int) -> dict[int, int] | None:
        """Count one paragraph at ``ilvl`` of list ``num_id``; the counters of every level."""
        found = self.level(num_id, ilvl)
        if found is None:
            return None
        abstract_id, level = found
        abstract_id, starts, _ = self.instances[num_id]
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.seen:
            self.seen.add(num_id)
            before = self._restarted_before(num_id, ilvl)
            if before is not None:
                counters = self.counters[abstract_id] = self.counters[before]
            # A list instance that restarts its count, from the level it is first used at:
            # pandoc writes a nested list as an instance of the outer list's definition that
            # restarts every level, and the outer list goes on counting (1, 2, 3, not 1, 1).
            for lvl, start in sorted(starts.items()):
                if lvl < ilvl:
                    continue
                counters[lvl] = start - 1
                for deeper in [k for k in counters if k > lvl]:
                    del counters[deeper]
        if ilvl in counters:
            counters[ilvl] += 1
        else:
            counters[ilvl] = level.start
        for deeper in [k for k in counters if k > ilvl]:
            below = self.level(num_id, deeper)
            if below is None or below[1].restarts_after(deeper, ilvl):
                del counters[deeper]
        self.uses[num_id] = self.uses.get(num_id, 0) + 1
        self.last = (num_id, ilvl)
        return counters

    def unnumbered(self) -> None:
        """A paragraph with text and no number stands after the one counted last."""
        self.last = None

    @contextmanager
    def apart(self) -> Iterator[None]:
        """Count the paragraphs read meanwhile (a text box's) apart from the rest: every list
        starts afresh within, and the counts outside go on afterwards as if nothing within
        were counted (LibreOffice keeps a list tree for each frame's text and one for the
        body's, so a list in a frame and the body's list in the same style both count 1, 2)."""
        kept = (self.counters, self.seen, self.uses, self.last)
        self.counters, self.seen, self.uses, self.last = {}, set(), {}, None
        try:
            yield
        finally:
            self.counters, self.seen, self.uses, self.last = kept

    def _restarted_before(self, num_id: str, ilvl: int) -> str | None:
        """The definition a list first used here goes on counting: LibreOffice saves a list
        restarted at 1 (Word's "Restart at 1", an annex's points after the agreement's) in
        a .doc as the restarted paragraph in a list of its own and the paragraphs after it
        in a second list, both copies of the definition, and reads the .doc back that way
        (1, 1, 2). So a list whose definition nothing counted yet, right after a paragraph
        that is all another such list holds (no text between), at the same level defined
        alike (a number, not a bullet), counts on from it (1, 2, 3): two lists numbered
        alike side by side, both starting at the same number, are one list to a reader.
        None otherwise."""
        if self.last is None or self.last[1] != ilvl or self.uses.get(self.last[0]) != 1:
            return None
        abstract_id, starts, _ = self.instances[num_id]
        mine, theirs = self.level(num_id, ilvl), self.level(self.last[0], ilvl)
        if mine is None or theirs is None or mine[0] == theirs[0] or starts \
                or self.counters.get(abstract_id) or mine[1] != theirs[1] \
                or mine[1].fmt in ("bullet", "none") or not mine[1].text:
            return None
        return theirs[0]


def read_numbering(root: Any) -> Numbering:
    numbering = Numbering()
    if root is None:
        return numbering

    def level_of(element: Any) -> Level:
        return Level(start=int_value(attr(find(element, "start"), "val"), 1),
                      fmt=attr(find(element, "numFmt"), "val") or "decimal",
                      # LibreOffice writes a blank bullet (pandoc's, for an item's further
                      # blocks) as the Symbol font's space, U+F020: a space, no mark
                      text=(attr(find(element, "lvlText"), "val") or "").replace("\uf020", " "),
                      restart=int_value(attr(find(element, "lvlRestart"), "val"), -1),
                      legal=on(find(element, "isLgl")),
                      indent=int_value(attr(find(element, "pPr", "ind"), "left")
                                       or attr(find(element, "pPr", "ind"), "start")))

    for element in children(root):
        name = local(element)
        if name == "abstractNum":
            levels = {}
            for lvl in element.findall(f"{W}lvl"):
                levels[int_value(attr(lvl, "ilvl"))] = level_of(lvl)
            abstract_id = attr(element, "abstractNumId") or ""
            numbering.abstract[abstract_id] = levels
            style = attr(find(element, "numStyleLink"), "val")
            if style:
                numbering.links[abstract_id] = style
            style = attr(find(element, "styleLink"), "val")
            if style:
                numbering.styled.setdefault(style, abstract_id)
        elif name == "num":
            abstract_id = attr(find(element, "abstractNumId"), "val") or ""
            starts: dict[int, int] = {}
            overrides: dict[int, Level] = {}
            for override in element.findall(f"{W}lvlOverride"):
                ilvl = int_value(attr(override, "ilvl"))
                start = find(override, "startOverride")
                if start is not None:
                    starts[ilvl] = int_value(attr(start, "val"), 1)
                lvl = find(override, "lvl")
                if lvl is not None:
                    overrides[ilvl] = level_of(lvl)
            numbering.instances[attr(element, "numId") or ""] = (abstract_id, starts,
                                                                   overrides)
    return numbering


_AIUEO = ("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロ"
          "ワヲン")
"""Word's ``aiueo`` sequence (ア イ ウ …; ``aiueo`` shows the half-width letters, read as the
same letters)."""
_IROHA = ("イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒ"
          "モセス")
"""Word's ``iroha`` sequence (イ ロ ハ …)."""
_KANA_FORMATS = {"aiueo": _AIUEO, "aiueoFullWidth": _AIUEO, "iroha": _IROHA,
                 "irohaFullWidth": _IROHA}
_KANJI_FORMATS = frozenset({
    "japaneseCounting", "japaneseLegal", "japaneseDigitalTenThousand", "ideographDigital",
    "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "taiwaneseCounting",
    "taiwaneseCountingThousand", "taiwaneseDigital"})
"""Formats Word shows as kanji numerals (一 二 三; ``japaneseLegal`` as 壱 弐 参, and
``ideographDigital`` ten as 一〇): read as the numerals 一 二 三 … 十 …, the same numbers."""
_CIRCLED_FORMATS = frozenset({"decimalEnclosedCircle", "decimalEnclosedCircleChinese"})
_NUMBER_FORMATS = frozenset({
    "decimal", "decimalZero", "decimalHalfWidth", "decimalFullWidth", "decimalFullWidth2",
    "decimalEnclosedParen", "decimalEnclosedFullstop", "ordinal", "cardinalText", "ordinalText"})
"""Formats whose label is the number itself, however Word writes it (01, (1), ⒈, 1st, One,
First): the marker is the number."""
KNOWN_FORMATS = frozenset({
    "bullet", "none", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman", "russianLower",
    "russianUpper", "ideographTraditional", *_KANA_FORMATS, *_KANJI_FORMATS, *_CIRCLED_FORMATS,
    *_NUMBER_FORMATS})
"""The formats whose labels the reader works out; any other is read as decimal numbers and
the import report says so."""


def _kanji(n: int) -> str:
    """1 → 一, 10 → 十, 21 → 二十一, 105 → 百五 (as Japanese counting writes them)."""
    digits = "〇一二三四五六七八九"
    if n <= 0 or n >= 10000:
        return str(n)
    out = ""
    for unit, mark in ((1000, "千"), (100, "百"), (10, "十")):
        count, n = divmod(n, unit)
        if count:
            out += ("" if count == 1 else digits[count]) + mark
    return out + (digits[n] if n else "")


def _circled(n: int) -> str | None:
    """① … ㊿ (Word's ``decimalEnclosedCircle``); None past 50."""
    if 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if 21 <= n <= 35:
        return chr(0x3251 + n - 21)
    if 36 <= n <= 50:
        return chr(0x32B1 + n - 36)
    return None


def _roman(n: int) -> str:
    """``n`` in lower-case Roman numerals, up to 3999 (the largest they write); a number past
    it as its digits (a hostile ``w:start`` of a billion would otherwise spell a million
    ``m``)."""
    return roman_label(n) if 0 < n < 4000 else str(n)


def format_number(n: int, fmt: str) -> str:
    """``n`` as a level (or a note mark) in Word's format ``fmt`` shows it: ``iv``, ``D``,
    ``４``, ``ア``; a format this module does not know as the decimal number."""
    if fmt in ("lowerLetter", "upperLetter"):
        return letter_label(n).upper() if fmt == "upperLetter" else letter_label(n)
    if fmt in ("lowerRoman", "upperRoman"):  # "Part %1." in upper-case Roman: Part II.
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    if fmt == "decimalFullWidth":
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    shown = _japanese(n, fmt)
    return shown if shown is not None else str(n)


def _japanese(n: int, fmt: str) -> str | None:
    """The label of a Japanese (or Chinese) numbering format, as the text reader reads it:
    ア, イ (``aiueo``), イ, ロ (``iroha``), 一, 二 (the counting formats), 甲, 乙, ①, ②; None
    for another format or a number past the sequence."""
    if fmt in _KANA_FORMATS:
        letters = _KANA_FORMATS[fmt]
        return letters[n - 1] if 0 < n <= len(letters) else None
    if fmt in _KANJI_FORMATS:
        return _kanji(n) if 0 < n < 100 else None
    if fmt == "ideographTraditional":
        return STEMS[n - 1] if 0 < n <= len(STEMS) else None
    if fmt in _CIRCLED_FORMATS:
        return _circled(n)
    return None


_RUSSIAN_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"
"""Word's ``russianLower`` sequence (no ё, й, ъ, ы, ь)."""


_OUTLINE_FORMATS = frozenset({"decimal", "upperRoman", "lowerRoman"})
"""The formats of the levels an outline's number prints (``%1.%2``) that read as its
decimal number: Word's ``I.1`` is sub-point 1.1 of point 1 (a Roman level 0 is point 1)."""


_OUTLINE_TEXT = re.compile(r"%[1-8](?:\.%[2-9])+\.?")
"""A level's text that prints the numbers of the levels above it (``%1.%2``, ``%1.%2.%3.``,
``%2.%3`` under a level it leaves out)."""


def _outline_levels(text: str, ilvl: int) -> list[int]:
    """The levels (0-based) whose numbers an outline's text at ``ilvl`` prints, one after
    another down to its own (``%2.%3`` at level 2: [1, 2]); ``[]`` for any other text."""
    if not _OUTLINE_TEXT.fullmatch(text):
        return []
    shown = [int(k) - 1 for k in re.findall(r"%([1-9])", text)]
    return shown if shown == list(range(shown[0], ilvl + 1)) else []


def _worded(text: str) -> bool:
    """Whether a level's text has words of its own around its number (``Article %1``,
    ``Part %1``), not an abbreviation's (``Art. %1``)."""
    return bool(re.search(r"[^\W\d_]", re.sub(r"%[1-9]", "", text))) \
        and not re.search(r"\.\s*%[1-9]", text)


def _rendered(level: Level, counters: dict[int, int], levels: dict[int, Level]) -> str:
    """A level's text with its numbers as Word prints them (``Part %1`` → ``Part II``)."""
    return re.sub(r"%([1-9])", lambda m: format_number(
        counters.get(int(m.group(1)) - 1, 1),
        levels.get(int(m.group(1)) - 1, level).fmt), level.text).strip()


def marker(level: Level, ilvl: int, counters: dict[int, int],
            levels: dict[int, Level]) -> str:
    """What the parser should see in front of the paragraph's text."""
    n = counters.get(ilvl, level.start)
    pad = "  " * ilvl
    if level.fmt in ("bullet", "none") or not level.text:
        # pandoc indents a list item's second paragraph with a bullet of one space: no mark
        return f"{pad}• " if level.fmt == "bullet" and level.text.strip() else pad
    if _worded(level.text) and (ilvl == 0 or (f"%{ilvl + 1}" in level.text and all(
            levels.get(k, level).fmt == "none"
            or PART.match(_rendered(levels.get(k, level), counters, levels))
            for k in range(ilvl)))):
        # The level's own wording ("Article %1.", "Пункт %1"; an outline's "Article %2"
        # under "Part %1", every level above it a part's heading or printing no number, as
        # LibreOffice's outline numbering leaves level 1): render it as Word does (not an
        # abbreviation's, "Art. %1": its full stop reads as a sentence's end).
        rendered = _rendered(level, counters, levels)
        if re.search(r"%[1-9]$", level.text.strip()) and re.search(r"[^\W_]$", rendered):
            # "Article %1" and Word's tab after it: the number ends the label, which a
            # full stop says to the parser as the tab says it to a reader ("Article 1.")
            rendered += "."
        return pad + rendered + " "
    if ilvl == 0:
        if level.fmt in ("lowerLetter", "upperLetter"):
            return f"{letter_label(n)}) "
        return f"{format_number(n, 'decimal')}. "
    printed = _outline_levels(level.text, ilvl)
    if printed and (level.legal or (level.fmt == "decimal" and all(
            levels.get(k, level).fmt in _OUTLINE_FORMATS for k in printed))):
        # an outline's number, every level's in it down from one ("%1.%2": 2.1; "%2.%3"
        # under a "Part %1" that it leaves out: 1.1; Word's "I.1" under a Roman level as
        # 1.1, that level's point being 1), with a closing dot: a list's number, not a
        # figure opening a sentence ("2.5 billion"), whatever letter the text opens with
        return pad + ".".join(str(counters.get(k, 1)) for k in printed) + ". "
    if level.fmt in ("lowerLetter", "upperLetter"):
        return f"{pad}{letter_label(n)}) "
    if level.fmt in ("russianLower", "russianUpper") and 0 < n <= len(_RUSSIAN_LETTERS):
        return f"{pad}{_RUSSIAN_LETTERS[n - 1]}) "
    if level.fmt in ("lowerRoman", "upperRoman"):
        return f"{pad}({_roman(n)}) "
    shown = _japanese(n, level.fmt)
    if shown is not None:  # ア, イ / 一, 二 / 甲, 乙 / ①, ②: as the same text pasted reads
        return f"{pad}{shown} "
    return f"{pad}({n}) "


def unknown_formats(level: Level, levels: dict[int, Level]) -> list[str]:
    """The formats the marker of a paragraph at ``level`` is written in that the reader does
    not know (it reads them as decimal numbers): the level's own, and those of the levels
    its text prints (``%1.%2``, ``第%1条``)."""
    if not level.text or level.fmt in ("bullet", "none"):
        return []
    shown = [level.fmt, *(levels.get(int(k) - 1, level).fmt
                          for k in re.findall(r"%([1-9])", level.text))]
    return [fmt for fmt in dict.fromkeys(shown) if fmt not in KNOWN_FORMATS]
