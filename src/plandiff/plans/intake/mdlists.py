"""A Markdown list item's further paragraphs, wrapped as a converter wraps them.

pandoc writes a ``<li>`` of two ``<p>`` (a point and the clause under it) as an item whose
second paragraph is set in under its text, wrapped at 72 columns::

    2.  The parties agree on the following:

        All territories occupied after 2022 shall be returned to Ukraine
        within one hundred days of the signing of this agreement by both
        parties.

Read as typed text, lines set in under a lead-in ending in a colon are items, one a line:
the paragraph's three lines became three sub-points. In Markdown they are one paragraph of
the item, and :func:`item_paragraphs` joins them into one line before the parser reads
them. Only a paragraph that looks wrapped is joined (each line but its last 40 characters
or more, the next opening with no mark): short lines set in under a lead-in, typed one an
item, stay lines.
"""

from __future__ import annotations

import re

from plandiff.plans.intake.lines import Line
from plandiff.plans.intake.markers import NUMBERED_LINE

__all__ = ["item_paragraphs"]

_SET_IN = re.compile(r"^(?P<indent>[ ]{2,12}|\t{1,2})(?P<text>\S.*)$")
_MARKED = re.compile(r"^(?:[-*+•–—>|#]|\(?[0-9A-Za-zА-Яа-яІіЇїЄєҐґ]{1,3}[.)](?:\s|$)"
                     r"|\([0-9ivxlc]{1,5}\)|[0-9０-９]{1,3}[．、])")
"""A line's opening that marks it as something other than a paragraph's words: a bullet, a
quote, a table's row, a heading, an item's number or letter."""
_WRAPPED = 40
"""The shortest a line of a wrapped paragraph is, but its last."""


def _paragraph_end(lines: tuple[Line, ...], start: int, indent: str) -> int:
    """Where the run of lines set in by ``indent`` from ``start`` ends, none marked."""
    end = start
    while end < len(lines):
        found = _SET_IN.match(lines[end].text)
        if found is None or found.group("indent") != indent or _MARKED.match(found.group("text")):
            break
        end += 1
    return end


def item_paragraphs(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], int]:
    """The lines with each wrapped paragraph set in under a numbered item (after a blank
    line, two lines or more, each but the last :data:`_WRAPPED` characters or more) joined
    into its first line; how many paragraphs were joined."""
    out: list[Line] = []
    joined = 0
    pointed = False
    index = 0
    while index < len(lines):
        line = lines[index]
        pointed = pointed or NUMBERED_LINE.match(line.text) is not None
        found = _SET_IN.match(line.text)
        if not pointed or found is None or _MARKED.match(found.group("text")) \
                or (out and out[-1].text.strip()):
            out.append(line)
            index += 1
            continue
        end = _paragraph_end(lines, index, found.group("indent"))
        run = lines[index:end]
        if len(run) >= 2 and all(len(part.text.strip()) >= _WRAPPED for part in run[:-1]):
            text = " ".join(part.text.strip() for part in run)
            out.append(Line(text, line.where))
            joined += 1
        else:
            out.extend(run)
        index = end
    return (tuple(out), joined) if joined else (lines, 0)
