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
from plandiff.plans.intake.markers import FW_DIGITS, TOP, top_digits

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


def _entry(text: str) -> tuple[int, int] | None:
    """A contents entry's number and page, or None."""
    top = TOP.match(text)
    if top is None or not top_digits(top).translate(FW_DIGITS).isdigit():
        return None
    entry = _ENTRY.match(top.group("rest").strip())
    if entry is None:
        return None
    return int(top_digits(top).translate(FW_DIGITS)), int(entry.group("page"))


def _opens_again(lines: list[Line], number: int) -> bool:
    """Whether a later line opens point ``number`` as a point (not an entry)."""
    for line in lines:
        top = TOP.match(line.text)
        if top is not None and _entry(line.text) is None \
                and top_digits(top).translate(FW_DIGITS) == str(number):
            return True
    return False


def contents_list(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """``lines`` without the first contents list in them (see the module notes), and the
    lines left out (none when there is no such list)."""
    index = 0
    while index < len(lines):
        first = _entry(lines[index].text)
        if first is None:
            index += 1
            continue
        run = [index]
        last = first
        at = index + 1
        while at < len(lines):
            text = lines[at].text
            if not text.strip():
                at += 1
                continue
            entry = _entry(text)
            if entry is None or entry[0] <= last[0] or entry[1] < last[1]:
                break
            run.append(at)
            last = entry
            at += 1
        if len(run) >= _MIN_ENTRIES and _opens_again(lines[run[-1] + 1:], first[0]):
            start = run[0]
            heading = next((i for i in range(start - 1, -1, -1) if lines[i].text.strip()),
                           None)
            if heading is not None and _HEADING.match(lines[heading].text):
                start = heading
            left = [line for line in lines[start:run[-1] + 1] if line.text.strip()]
            return lines[:start] + lines[run[-1] + 1:], left
        index = run[-1] + 1
    return lines, []
