"""reStructuredText's auto-numbered list items: ``#.``, ``#)`` and ``(#)``.

docutils numbers such an item as the next of its list: the first item of a list is 1 unless
an explicit number opens the list (``3.`` then ``#.`` is 4; ``a.`` then ``#.`` is b). A list
is the items of one marker style at one indent; a list nested under an item (indented to
its text) counts on its own, and the outer list goes on after it; a paragraph at the
list's indent, or less, ends it. :func:`auto_numbers` writes each ``#`` as that number, so
the line parser reads the draft's points as docutils shows them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plandiff.plans.intake.lines import Line

__all__ = ["auto_numbers"]

_ITEM = re.compile(r"^(?P<indent> *)(?:(?P<open>\()(?P<pnum>#|[0-9]{1,3}|[a-zA-Z])\)"
                   r"|(?P<num>#|[0-9]{1,3}|[a-zA-Z])(?P<delim>[.)]))(?P<gap>[ \t]+)\S")
"""A list item's enumerator at a line's start: ``#.``, ``#)``, ``(#)``, or an explicit
``3.``, ``3)``, ``(3)``, ``a.`` (whose list a ``#`` goes on from)."""
_AUTO = re.compile(r"^ *(?:\(#\)|#[.)])[ \t]+\S", re.MULTILINE)


@dataclass
class _List:
    indent: int
    style: str
    """The enumerator's punctuation: ``.``, ``)`` or ``()``."""
    next: int
    letters: str = ""
    """``a`` or ``A`` when the list counts in letters (an explicit ``a.`` opened it)."""


def _label(value: int, letters: str) -> str | None:
    if not letters:
        return str(value)
    return chr(ord(letters) + value - 1) if 1 <= value <= 26 else None


def auto_numbers(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], int]:
    """The lines with each auto-numbered item's ``#`` written as its number, and how many
    were numbered (none when no line opens with ``#.``, ``#)`` or ``(#)``)."""
    if not any(_AUTO.match(line.text) for line in lines):
        return lines, 0
    out = list(lines)
    stack: list[_List] = []
    numbered = 0
    for index, line in enumerate(lines):
        text = line.text
        if not text.strip():
            continue
        found = _ITEM.match(text)
        indent = len(text) - len(text.lstrip(" "))
        if found is None:
            while stack and stack[-1].indent >= indent:
                stack.pop()  # a paragraph at the list's indent (or less) ends it
            continue
        style = "()" if found.group("open") else found.group("delim")
        mark = found.group("pnum") or found.group("num")
        while stack and stack[-1].indent > indent:
            stack.pop()  # a nested list ended: the outer one goes on
        if stack and stack[-1].indent == indent and stack[-1].style != style:
            stack.pop()
        if not stack or stack[-1].indent != indent:
            stack.append(_List(indent, style, 1))
        current = stack[-1]
        if mark == "#":
            label = _label(current.next, current.letters)
            if label is None:
                continue
            rest = text[found.end("gap"):]
            enumerator = f"({label})" if style == "()" else f"{label}{style}"
            out[index] = Line(f"{found.group('indent')}{enumerator}{found.group('gap')}{rest}",
                              line.where)
            numbered += 1
            current.next += 1
        elif mark.isdigit():
            current.letters, current.next = "", int(mark) + 1
        else:
            current.letters = "a" if mark.islower() else "A"
            current.next = ord(mark.lower()) - ord("a") + 2
    return tuple(out), numbered
