"""A topic's name between two of the plan's points: a press copy that groups the points by
topic (``2. A pact is signed.`` / ``Guarantees:`` / ``3. The US guarantees it.``).

The short line ending in a colon was read as the point above's last words (``… is signed.
Guarantees:``), or its paragraph. It names the points after it, not the one before:
:func:`topic_headings` makes it a heading (``## Guarantees:``), which ends the point above
and goes to the notes as a heading between points does. Only a line of a few words with
no sentence's stop in it, after a point's finished clause, right over the next point in
order (a lead-in over a point's own list of items, ``(a) …`` or bullets, stays the
point's).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from plandiff.plans.intake.lines import Line
from plandiff.plans.intake.markers import FW_DIGITS, TOP, top_digits

__all__ = ["topic_headings"]

_TOPIC = re.compile(r"^[ \t\u3000]*(?:\*\*|__)?(?P<text>[^\W\d_][^.!?;:。！？；：\n]{0,58}"
                    r"[:：])(?:\*\*|__)?[ \t\u3000]*$")
"""A short line ending in a colon with no stop inside it (``Security guarantees:``,
``Гарантії:``, ``**Economy:**``)."""
_WORDS = 6
"""The most words a topic's name has (spaced scripts)."""
_FINISHED = tuple(".;!?。；！？»”)\"")


def _number(text: str) -> int | None:
    top = TOP.match(text)
    digits = top_digits(top).translate(FW_DIGITS) if top is not None else ""
    return int(digits) if digits.isdigit() else None


def topic_headings(lines: Sequence[Line], aside: Callable[[str], bool]) -> list[Line]:
    """The lines with each topic's name between two points in order made a heading (see
    the module notes); a line that is an ``aside`` (an ad's label, ``Реклама:``) is left to
    be read as one."""
    texts = [line.text for line in lines]
    if not any(text.rstrip().rstrip("*_").endswith((":", "：")) for text in texts):
        return list(lines)  # no line ends as a topic's name does (most drafts): one quick pass
    filled = [index for index, text in enumerate(texts) if text.strip()]
    out = list(lines)
    last: int | None = None
    for at, index in enumerate(filled):
        text = texts[index]
        number = _number(text)
        if number is not None:
            last = number
            continue
        topic = _TOPIC.match(text)
        if topic is None or last is None or at == 0 or at + 1 == len(filled) or aside(text) \
                or len(topic.group("text").split()) > _WORDS \
                or not texts[filled[at - 1]].rstrip().endswith(_FINISHED) \
                or _number(texts[filled[at + 1]]) != last + 1:
            continue
        out[index] = Line("## " + text.strip(), lines[index].where)
    return out
