"""Bold lead-ins that name a point: ``<p><strong>Point 5: Security guarantees.</strong> The
US will …</p>``, ``**Point 5: Security guarantees.** The US will …``, ``**5. Security
guarantees** The US will …``. The words in bold after the point's number are its title, not
the first words of its text: the lead-in is given a line of its own (``Point 5: Security
guarantees``, its closing stop left out; a number alone as a heading line), so the parser
reads it as a point's number and title with the text on the next line. Bold words the
sentence goes on from in small letters (``**Article 5. Sanctions relief** is granted …``)
stay the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plandiff.plans.intake.lines import Line
from plandiff.plans.intake.markers import KEYWORDS

__all__ = ["AFTER_LEAD", "BOLD_LEAD_IN", "lead_in_before", "lead_in_line", "split_lead_ins"]

BOLD_LEAD_IN = re.compile(
    rf"^[ \t]*(?P<head>{KEYWORDS}[ \t]*(?:#|№[ \t]?|No\.[ \t]?)?[0-9]{{1,4}}[A-Za-z]?)[ \t]*"
    r"[:：.\-–—][ \t]*(?P<title>[^\s.!?;:][^.!?;:\n]{0,99}?)[ \t]*[.:：]?[ \t]*$",
    re.IGNORECASE)
"""The words of a bold lead-in that names a point: an article word, the point's number, a
separator, then a short title with no sentence's stop inside it (``Point 5: Security
guarantees.``, ``Пункт 3 — Гарантії``)."""
_NUMBER_LEAD_IN = re.compile(
    r"^[ \t]*(?P<num>[0-9]{1,3}[A-Z]?)[ \t]*[.:：)\-–—][ \t]*"
    r"(?P<title>[^\W\d_][^.!?;:\n]{0,59}?)[ \t]*[.:：]?[ \t]*$")
"""The same with the number alone (``5. Security guarantees.``, ``3 – Assets:``): a title of
at most :data:`_NUMBER_TITLE_WORDS` words, so that a whole short clause in bold
(``1. Ukraine's sovereignty is confirmed by all sides.``) stays the point's text."""
_NUMBER_TITLE_WORDS = 4
_MARKDOWN = re.compile(r"^(?P<indent>[ \t]*)(?P<bold>\*\*|__)(?P<lead>[^*_\n]{3,140}?)"
                       r"(?P=bold)[ \t]+(?P<rest>\S.*)$")


def lead_in_line(bold: str) -> str | None:
    """The line a bold lead-in becomes (``Point 5: Security guarantees``; with the number
    alone, the heading line ``### 5. Security guarantees``, which the parser reads as the
    point's number and title), or None when the words in bold do not name a point with a
    title."""
    found = BOLD_LEAD_IN.match(bold)
    if found is not None and len(found.group("title").split()) <= 12:
        return f"{found.group('head')}: {found.group('title')}"
    bare = _NUMBER_LEAD_IN.match(bold)
    if bare is not None and len(bare.group("title").split()) <= _NUMBER_TITLE_WORDS:
        return f"### {bare.group('num')}. {bare.group('title')}"
    return None


AFTER_LEAD = re.compile(r"^[ \t\u00a0]*(?:[–—―-]|[:：|])[ \t\u00a0]*")
"""The dash, colon or bar set between a bold lead-in or title and the text after it
(``**1. Ceasefire** – Both sides …``): no bullet of a sub-point, no part of the text."""


def lead_in_before(bold: str, rest: str) -> str | None:
    """The line a bold lead-in becomes when ``rest``, the text after it, is the point's text
    of its own; None when it names no point, or when the sentence goes on from the bold words
    in small letters (``**Article 5. Sanctions relief** is granted …``: one sentence)."""
    after = rest.strip()
    return lead_in_line(bold) if after and not after[0].islower() else None


def split_lead_ins(lines: Sequence[Line]) -> list[Line]:
    """A Markdown line opening with a bold lead-in that names a point, then the point's text
    (``**Point 5: Security guarantees.** The US will …``): the lead-in on a line of its
    own, the text on the next."""
    out: list[Line] = []
    for line in lines:
        found = _MARKDOWN.match(line.text) if "**" in line.text or "__" in line.text else None
        head = lead_in_before(found.group("lead"), found.group("rest")) if found else None
        if found is None or head is None:
            out.append(line)
            continue
        out.append(Line(found.group("indent") + head, line.where))
        out.append(Line(found.group("indent") + AFTER_LEAD.sub("", found.group("rest"), count=1),
                        line.where))
    return out
