"""A table of contents printed before the points: its entries are not points.

A government's or a think tank's PDF, and the text copied out of one, often opens with a
contents list that numbers its entries as the points are numbered, each entry a short title
and the page it starts on, the page set after dotted leaders, a tab or a space (``1. Ceasefire
....... 2``; a PDF reader drops the leaders LibreOffice and Word draw: ``1. Ceasefire 2``).
Read as points, the list became points 1-5 and the real points a second run after
"numbering goes back". A run of three or more such entries, numbered in order, pages never
going back, whose first number opens a point again below it, is the contents list: its lines
(and a ``Contents`` heading right above it) are left out, and the report says so.
"""

from __future__ import annotations

import re

from plandiff.plans.intake.lines import Line
from plandiff.plans.intake.markers import FW_DIGITS, KEYWORD_SPACED, TOP, top_digits

__all__ = ["contents_list"]

_LEADER = r"(?:[ \t]*(?:[.·…_‥・][ \t]*){3,}|\t[ \t]*|[ \t]+)"
_ENTRY = re.compile(rf"^(?P<title>[^\W\d_][^.;!?。]{{0,90}}?[^\s.]){_LEADER}"
                    r"(?P<page>[0-9]{1,4})[ \t]*$")
"""What follows an entry's number: a title (no sentence in it) and its page."""
_HEADING = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?(?i:contents|table of contents"
                      r"|содержание|оглавление|зміст|目次|inhalt|inhaltsverzeichnis"
                      r"|sommaire|table des matières|índice|indice|spis treści)"
                      r"(?:\*\*|__)?[ \t]*:?[ \t]*$")
_MIN_ENTRIES = 3


_HEADING_ENTRY = re.compile(r"^[ \t]*(?:[IVXLC]{1,6}[.)][ \t]+|[A-Z][.)][ \t]+)?"
                            r"(?P<rest>.*)$")
"""An entry without a point's number: a part (``II. Economy ..... 4``), an annex."""
_ENTRY_MIN = 2
_DIGIT_END = frozenset("0123456789")
"""Numbered entries a contents list holds at least (besides its parts' and annexes')."""


def _entry(text: str) -> tuple[int | None, int] | None:
    """A contents entry's number (None for a part's or an annex's entry) and page, or
    None when the line is no entry."""
    if text.rstrip()[-1:] not in _DIGIT_END:  # every entry ends with its page
        return None
    top = TOP.match(text) or KEYWORD_SPACED.match(text)  # "Article 1 Ceasefire …… 2"
    if top is not None and top_digits(top).translate(FW_DIGITS).isdigit():
        entry = _ENTRY.match(top.group("rest").strip())
        if entry is None:
            return None
        return int(top_digits(top).translate(FW_DIGITS)), int(entry.group("page"))
    heading = _HEADING_ENTRY.match(text)
    entry = _ENTRY.match(heading.group("rest").strip()) if heading else None
    return (None, int(entry.group("page"))) if entry is not None else None


def _opens_again(lines: list[Line], number: int) -> bool:
    """Whether a later line opens point ``number`` as a point (not an entry)."""
    for line in lines:
        top = TOP.match(line.text) or KEYWORD_SPACED.match(line.text)
        if top is not None and _entry(line.text) is None \
                and top_digits(top).translate(FW_DIGITS) == str(number):
            return True
    return False


def _run(lines: list[Line], index: int) -> list[int]:
    """The indexes of the contents entries from ``index`` on: numbers going up (from 1
    again after a part's entry), pages never going back; blank lines between are skipped."""
    run: list[int] = []
    number: int | None = 0
    page = 0
    at = index
    while at < len(lines):
        text = lines[at].text
        if not text.strip():
            at += 1
            continue
        entry = _entry(text)
        if entry is None or entry[1] < page:
            break
        if entry[0] is not None and number is not None and entry[0] <= number:
            break
        run.append(at)
        number, page = entry
        at += 1
    return run


def contents_list(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """``lines`` without the first contents list in them (see the module notes), and the
    lines left out (none when there is no such list)."""
    index = 0
    while index < len(lines):
        if _entry(lines[index].text) is None:
            index += 1
            continue
        run = _run(lines, index)
        numbered = [n for at in run if (n := (_entry(lines[at].text) or (None, 0))[0])]
        if len(run) >= _MIN_ENTRIES and len(numbered) >= _ENTRY_MIN \
                and _opens_again(lines[run[-1] + 1:], numbered[0]):
            start = run[0]
            heading = next((i for i in range(start - 1, -1, -1) if lines[i].text.strip()),
                           None)
            if heading is not None and _HEADING.match(lines[heading].text):
                start = heading
            left = [line for line in lines[start:run[-1] + 1] if line.text.strip()]
            return lines[:start] + lines[run[-1] + 1:], left
        index = run[-1] + 1 if run else index + 1
    return lines, []
