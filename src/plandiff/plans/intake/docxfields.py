"""Word fields in a .docx's body, followed across runs and paragraphs: a complex field is
``fldChar begin``, its instruction (``instrText``), ``fldChar separate``, its result (the text
Word shows, which the reader keeps) and ``fldChar end``; fields nest. Two kinds matter to a
draft:

- a table of contents (``TOC``; ``INDEX`` and ``TOA`` alike): its result repeats the headings
  of the draft (``1. Ceasefire ⇥ 3``), so the text inside it is not the draft's; nor is text
  inside a field's instruction (the result of a field nested in it);
- points numbered by ``AUTONUM``, ``AUTONUMLGL``, ``AUTONUMOUT`` or ``LISTNUM`` fields: Word
  works their number out on display and the file keeps no result, so the reader counts them,
  each list (``LISTNUM NumberDefault``, ``LegalDefault``, ``OutlineDefault``; the AUTONUM
  kinds) on its own, at the level ``\\l`` names (``\\s`` restarts it), shown as Word's
  numbering would be (:func:`.docxnumbering.marker`);
- ``SEQ`` fields (``Article {SEQ Article}``): a field that kept its result shows it; one never
  updated (no result) shows the number its sequence gives it, counted over the fields of its
  identifier (``\\r N`` resets it to N, ``\\s N`` starts it again after each heading of level N
  or above, ``\\c`` repeats the last number, ``\\h`` shows nothing, ``\\*`` formats it:
  ``ALPHABETIC``, ``roman``), read as text where the field stands.

A field whose result Word works out anew from the layout or the clock each time it shows or
prints the file (``PAGE``, ``NUMPAGES``, ``SECTIONPAGES``, ``SECTION``, ``DATE``, ``TIME``,
``PRINTDATE``, ``SAVEDATE``, ``EDITTIME``: :func:`is_unstable`) keeps in the file the value of
its last showing: not the drafter's words, and a value that differs between two saves of the
same text. Its result is left out and counted, unless the field is locked (``w:fldLock``:
Word keeps the value as the drafter fixed it) (:attr:`Fields.unstable`), and the structure
report says how many of each were left out (:func:`.officetext.unstable_note`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plandiff.plans.intake.docxnumbering import Level, format_number, marker

__all__ = ["Fields", "Shown", "is_contents", "is_unstable"]

_CONTENTS = re.compile(r"^\s*(?:TOC|INDEX|TOA)\b", re.IGNORECASE)
_AUTO = re.compile(r"^\s*(?P<kind>AUTONUMLGL|AUTONUMOUT|AUTONUM|LISTNUM)\b(?P<rest>.*)$",
                   re.IGNORECASE | re.DOTALL)
_SEQ = re.compile(r'^\s*SEQ\s+"?(?P<name>[^\s\\"]+)"?(?P<rest>.*)$', re.IGNORECASE | re.DOTALL)
_SEQ_FORMATS = {"alphabetic": "lowerLetter", "roman": "lowerRoman",
                "dbnum1": "japaneseCounting", "kanjinum1": "japaneseCounting",
                "chinesenum3": "chineseCounting", "dbnum3": "decimalFullWidth",
                "circlenum": "decimalEnclosedCircle", "aiueo": "aiueo", "iroha": "iroha"}
"""A SEQ field's ``\\*`` formats other than Arabic, in Word's numbering formats: letters
and Roman numerals (lower case; upper case when the switch's first letter is a capital),
and a Japanese or Chinese draft's kanji numerals (一, 十一), full-width digits, circled
numbers (①) and kana (ア, イ)."""


_CASED = frozenset({"lowerLetter", "lowerRoman"})


def _levels(*spec: tuple[str, str]) -> dict[int, Level]:
    return {ilvl: Level(fmt=fmt, text=text) for ilvl, (fmt, text) in enumerate(spec)}


_LEGAL = _levels(*(("decimal", ".".join(f"%{k + 1}" for k in range(depth + 1)) + ".")
                   for depth in range(9)))
_OUTLINE = _levels(("upperRoman", "%1."), ("upperLetter", "%2."), ("decimal", "%3."),
                   ("lowerLetter", "%4)"), ("decimal", "(%5)"), ("lowerLetter", "(%6)"),
                   ("lowerRoman", "(%7)"), ("lowerLetter", "(%8)"), ("lowerRoman", "(%9)"))
_LISTS = {
    "numberdefault": _levels(("decimal", "%1)"), ("lowerLetter", "%2)"),
                             ("lowerRoman", "%3)"), ("decimal", "(%4)"),
                             ("lowerLetter", "(%5)"), ("lowerRoman", "(%6)"),
                             ("decimal", "%7."), ("lowerLetter", "%8."), ("lowerRoman", "%9.")),
    "legaldefault": _LEGAL,
    "outlinedefault": _OUTLINE,
    "autonum": _levels(*(("decimal", f"%{k + 1}.") for k in range(9))),
    "autonumlgl": _LEGAL,
    "autonumout": _OUTLINE,
}
"""The lists of Word's number fields, each level's format and text as Word shows them."""


_UNSTABLE = re.compile(r"^\s*(?P<name>PAGE|NUMPAGES|SECTIONPAGES|SECTION|DATE|TIME|PRINTDATE"
                       r"|SAVEDATE|EDITTIME)\b", re.IGNORECASE)


def is_unstable(instruction: str) -> str | None:
    """The field's name (``PAGE``) when its result changes with the layout or the clock
    (the module notes), else None."""
    match = _UNSTABLE.match(instruction)
    return match.group("name").upper() if match else None


def is_contents(instruction: str) -> bool:
    """Whether a field's instruction makes a table of contents (or an index): ``TOC \\o``."""
    return bool(_CONTENTS.match(instruction))


@dataclass(frozen=True)
class Shown:
    """What a closed field adds that the file does not hold as text: a number field's
    ``marker`` (the paragraph's number, ``1. ``), or a SEQ field's number (``inline``), read
    where the field stands."""

    marker: str = ""
    inline: str = ""


@dataclass
class _Open:
    instruction: str = ""
    separated: bool = False
    shown: bool = False
    dropped: bool = False
    """Text of its result was left out (an unstable field's, :func:`is_unstable`)."""
    locked: bool = False
    """``w:fldLock``: Word never updates it, so its result is what the drafter fixed."""


@dataclass
class Fields:
    """The complex fields open at the current point of the body, and the running count of
    each list of number fields."""

    open: list[_Open] = field(default_factory=list)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    sequences: dict[str, int] = field(default_factory=dict)
    """The last number of each SEQ identifier (lower case)."""
    headings: list[int] = field(default_factory=lambda: [0] * 9)
    """How many headings of each level (1 to 9) the body has shown so far."""
    counted_under: dict[str, tuple[int, ...]] = field(default_factory=dict)
    """For each SEQ identifier restarting at a heading level (``\\s N``), the headings of
    levels 1 to N shown when it last counted."""
    followed: bool = True
    """False when the body's field marks do not pair up (a damaged file): then no text is
    hidden as a field's, so none is lost."""
    unstable: dict[str, int] = field(default_factory=dict)
    """How many results of each unstable field (:func:`is_unstable`) were left out."""

    def begin(self, locked: bool = False) -> None:
        if self.followed:
            self.open.append(_Open(locked=locked))

    def instruction(self, text: str) -> None:
        if self.open and not self.open[-1].separated:
            self.open[-1].instruction += text

    def separate(self) -> None:
        if self.open:
            self.open[-1].separated = True

    def end(self) -> Shown:
        """Close the innermost field; what it shows that the file does not hold
        (:meth:`closed`)."""
        if not self.open:
            return Shown()
        closed = self.open.pop()
        if closed.dropped:
            self.left_out(closed.instruction)
        return self.closed(closed.instruction, closed.shown)

    def left_out(self, instruction: str) -> None:
        """Count an unstable field whose result was left out."""
        name = is_unstable(instruction)
        if name is not None:
            self.unstable[name] = self.unstable.get(name, 0) + 1

    def drops(self) -> bool:
        """Whether the text read now is the result of an unstable field (left out: the walk
        calls this only for text it would show); the field is marked to be counted."""
        for opened in reversed(self.open):
            if opened.separated and not opened.locked and is_unstable(opened.instruction):
                opened.dropped = True
                return True
        return False

    def closed(self, instruction: str, shown: bool) -> Shown:
        """What a field of ``instruction`` shows beyond its result (``shown``: whether it
        kept one): the marker of a number field with no result, the number of a SEQ field
        with none; a SEQ field is counted either way."""
        if _SEQ.match(instruction):
            number = self.sequence(instruction)
            return Shown(inline="" if shown else number)
        return Shown(marker="" if shown else self.number(instruction))

    def sequence(self, instruction: str) -> str:
        """The number a SEQ field shows, counted in its identifier's sequence; ``""`` for a
        hidden one (``\\h``)."""
        match = _SEQ.match(instruction)
        if match is None:
            return ""
        name, rest = match.group("name").lower(), match.group("rest")
        restart = re.search(r"\\r\s*(\d+)", rest)
        under = re.search(r"\\s\s*(\d+)", rest)
        if under is not None:
            headings = tuple(self.headings[:max(1, min(9, int(under.group(1))))])
            if self.counted_under.get(name, headings) != headings:
                self.sequences[name] = 0  # a heading of its level since it last counted
            self.counted_under[name] = headings
        if restart is not None:
            self.sequences[name] = int(restart.group(1))
        elif not re.search(r"\\c\b", rest):
            self.sequences[name] = self.sequences.get(name, 0) + 1
        if re.search(r"\\h\b", rest):
            return ""
        number = self.sequences.get(name, 0)
        switch = next((word for word in re.findall(r"\\\*\s*(\w+)", rest)
                       if word.lower() in _SEQ_FORMATS), None)
        if switch is None:
            return str(number)
        fmt = _SEQ_FORMATS[switch.lower()]
        text = format_number(number, fmt)
        return text.upper() if switch[0].isupper() and fmt in _CASED else text

    def heading(self, level: int) -> None:
        """A heading of ``level`` (1 to 9) opens here: a sequence restarting at its level or
        a deeper one (``\\s N``) starts again at its next field."""
        if 1 <= level <= 9:
            self.headings[level - 1] += 1

    def text_shown(self) -> None:
        """Text was read inside the open fields' results."""
        for opened in self.open:
            if opened.separated:
                opened.shown = True

    @property
    def hides(self) -> bool:
        """Whether the text read now is not shown: a field's instruction (a nested field's
        result inside it, as ``IF`` holds a ``DOCPROPERTY``), or a table of contents'
        result."""
        return any(not o.separated or is_contents(o.instruction) for o in self.open)

    def number(self, instruction: str) -> str:
        """The marker a number field shows (``1. ``, ``  a) ``), counted; ``""`` for another
        field."""
        match = _AUTO.match(instruction)
        if match is None:
            return ""
        kind = match.group("kind").lower()
        rest = match.group("rest")
        name = kind
        if kind == "listnum":
            named = re.match(r'\s*"?([^\s\\"]+)', rest)
            name = named.group(1).lower() if named else "numberdefault"
        levels = _LISTS.get(name, _LISTS["numberdefault"])
        found = re.search(r"\\l\s*(\d+)", rest)
        ilvl = min(8, max(0, int(found.group(1)) - 1)) if found else 0
        counters = self.counters.setdefault(name, {})
        start = re.search(r"\\s\s*(\d+)", rest)
        if start is not None:
            counters[ilvl] = int(start.group(1)) - 1
        counters[ilvl] = counters.get(ilvl, 0) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        return marker(levels[ilvl], ilvl, counters, levels)
