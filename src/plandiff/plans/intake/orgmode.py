"""An Org file (Emacs' outline format) read as text: its ``#+TITLE:`` line and its
headings (``* Points``, ``** Ceasefire``, tags at the end: ``:noexport:``).

Read as they stand, a heading's stars were a bullet: a heading after the last point
(``* Notes``) and the text under it became that point's sub-point. A text is Org's when it
holds one of Org's keyword lines (``#+TITLE:``, ``#+AUTHOR:``, ``#+DATE:``, ``#+OPTIONS:``
…); then :func:`org_marks` makes the title a Markdown heading (``# Title``), each heading
one level below it (``## Points``, tags out), and leaves the other keyword lines out.
"""

from __future__ import annotations

import re

from plandiff.plans.intake.lines import Line

__all__ = ["org_marks"]

_KEYWORD = re.compile(r"^#\+(?P<key>[A-Za-z_]{2,20})\s*:[ \t]*(?P<value>.*?)[ \t]*$")
_ORG_KEYS = frozenset({"title", "author", "date", "options", "startup", "language", "email",
                       "subtitle", "filetags", "setupfile", "latex_class", "html_head"})
_HEADING = re.compile(r"^(?P<stars>\*+)[ \t]+(?P<text>.*?)(?:[ \t]+:[\w@#%:]+:)?[ \t]*$")


def org_marks(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], int]:
    """``lines`` with an Org file's title and headings as Markdown headings and its other
    keyword lines out (the module notes), and how many headings there were; ``lines`` as
    they are in a text that is not Org's."""
    if not any(line.text.startswith("#+") and (found := _KEYWORD.match(line.text))
               and found.group("key").casefold() in _ORG_KEYS for line in lines):
        return lines, 0
    out: list[Line] = []
    headings = 0
    for line in lines:
        keyword = _KEYWORD.match(line.text)
        heading = _HEADING.match(line.text) if line.text.startswith("*") else None
        if keyword is not None:
            title = keyword.group("key").casefold() == "title" and keyword.group("value")
            out.append(Line(f"# {keyword.group('value')}" if title else "", line.where))
        elif heading is not None and heading.group("text"):
            level = min(len(heading.group("stars")) + 1, 6)
            out.append(Line(f"{'#' * level} {heading.group('text')}", line.where))
            headings += 1
        else:
            out.append(line)
    return tuple(out), headings
