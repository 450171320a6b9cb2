"""A pasted text's headline: the one short line a press copy opens with, above its points
("What we know about the new version of the peace plan"), taken as the version's title when
nothing else names it (the text says no "# Title", the reader found none, no --title)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from plandiff.plans.intake.asides import AGENCIES, ASIDE_LINE

HEADLINE_CHARS = 150
"""The longest line taken for a headline (a Japanese one: half as many characters)."""
_NOT_A_HEADLINE = re.compile(
    r"[.,;:、。，；：\-–—]$"  # a sentence, a lead-in or a dateline's dash
    r"|^(?:by|от|від|文|記者)\s"  # a byline
    rf"|[(（](?:{AGENCIES})[)）]"  # a wire credit (a dateline's), as asides.py knows them
    r"|https?://|www\."  # a link
    r"|^\W*\d{1,4}[./\-年]\d{1,2}",  # a date or a time stamp
    re.IGNORECASE)
_WIDE = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")


def headline(paragraphs: Sequence[Sequence[str]]) -> str | None:
    """The first paragraph of the text before the points (past an aside alone on its line,
    a messenger's ``Forwarded from …``), when it is one short line that
    reads as a headline (not a sentence, a lead-in ending in a colon, a dateline, a byline,
    a link or a date); else None."""
    first = next((p for p in paragraphs if any(line.strip() for line in p)
                  and not (len(p) == 1 and ASIDE_LINE.match(p[0].strip()))), None)
    if first is None or len(first) != 1:
        return None
    line = " ".join(first[0].split())
    wide = len(_WIDE.findall(line)) > len(line) // 3
    limit = HEADLINE_CHARS // 2 if wide else HEADLINE_CHARS
    if not line or len(line) > limit or _NOT_A_HEADLINE.search(line):
        return None
    if not wide and len(line.split()) < 2:
        return None
    if wide and len(line) < 4:
        return None
    return line


__all__ = ["HEADLINE_CHARS", "headline"]
