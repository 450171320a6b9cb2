"""A list numbered from 1 inside a point, set flush with the points (settled once the whole
draft is read).

``4. The parties adopt the following measures:`` then ``1. …``, ``2. …``, ``3. …`` and
``5. …``: a Markdown or plain-text draft (or one pasted without its indentation) that
numbers a point's schedule from 1 again at the points' own margin read as top-level points
4, 1, 2, 3, 5, breaking the numbering. Where the draft's own numbering shows the list is
the point's (:func:`colon_lists`), it is: its items become the point's sub-points
``4(1)``, ``4(2)``, as an indented list's are (:func:`~.numbering.nested_number`).
"""

from __future__ import annotations

import re

from plandiff.plans.intake.parsestate import Event, Node, Parse

__all__ = ["colon_lists"]

_LEAD_IN_ENDS = (":", "：")


_HEADER = r"(?:[A-ZА-ЯЁЄІЇҐ][^\W\d_]*(?:[ \t]+|$)){2,6}"
_HEADER_ROW = re.compile(rf"[:：][ \t]+{_HEADER}$")
"""A table's header row (two to six words, each a capital's, no stop) that a PDF ran onto
the line of the lead-in above the table (``… of each stage are: Stage Area Deadline``)."""
_HEADER_WORDS = re.compile(_HEADER)
"""The same row on a line of its own, in bold: read as a heading between the lead-in and
the table's rows numbered from 1, where it opened a part (Chromium's print)."""


def _lead_in(node: Node) -> bool:
    """A top-level point whose text ends in a colon (or a colon and a table's header row a
    PDF ran onto its line: :data:`_HEADER_ROW`) and that has no sub-points yet: it
    introduces a list."""
    return node.style == "top" and not node.keyword and not node.children \
        and node.label.isdigit() and (node.last_line.rstrip().endswith(_LEAD_IN_ENDS)
                                      or _HEADER_ROW.search(node.last_line) is not None)


def _inner_end(points: list[Node], start: int) -> int:
    """The index after the run of points numbered 1, 2, 3 … from ``start`` (``start`` when
    the point there is not numbered 1)."""
    end = start
    while end < len(points) and points[end].style == "top" and not points[end].keyword \
            and points[end].label == str(end - start + 1):
        end += 1
    return end


def _list_end(points: list[Node], index: int) -> int:
    """Where the list numbered from 1 after the point at ``index`` ends: at the point's next
    number after it (``4.`` … ``1.`` ``2.`` ``3.`` ``5.``); or at an item of it numbered as
    the point's next number, where the run ends just after that item (an item's own list:
    ``2. … these:`` ``1.`` ``2.`` ``3.`` ``5.``, 3 being the item after 2, not its list's,
    when the point is itself an item of such a list: a second copy of the points, numbered
    on past it, is no list). ``index + 1`` where there is none."""
    start = index + 1
    longest = _inner_end(points, start)
    following = str(int(points[index].label) + 1)
    if start < longest < len(points) and points[longest].label == following:
        return longest
    item = start + int(following) - 1
    if start < item and item + 1 == longest and longest < len(points) \
            and points[longest].label.isdigit() and _in_list(points, index):
        return item
    return start


def _resumed_end(points: list[Node], index: int) -> int:
    """Where the list numbered 1, 2 … after the point at ``index`` ends when the point does
    not end in a colon (``2. … in the stages the table below sets out`` / ``1.`` … ``4.``
    / ``3.``): at the point's next number right after a run of two items or more, the
    draft's numbering going on from the point as a list inside it leaves it; ``index + 1``
    (no list) otherwise."""
    node, start = points[index], index + 1
    if node.style != "top" or node.keyword or node.children or not node.label.isdigit():
        return start
    end = _inner_end(points, start)
    if end - start >= 2 and end < len(points) \
            and points[end].label == str(int(node.label) + 1):
        return end
    return start


def _in_list(points: list[Node], index: int) -> bool:
    """Whether the point at ``index`` is an item of a list numbered from 1 after a point
    ending in a colon (``4. … these:`` ``1.`` ``2. … these:``)."""
    first = index - int(points[index].label) + 1
    return first >= 1 and _lead_in(points[first - 1]) \
        and all(points[first + k].label == str(k + 1) for k in range(index - first + 1))


def colon_lists(parse: Parse) -> None:
    """Points numbered 1, 2 … right after point N whose text ends in a colon, and followed
    by point N+1, with no heading among them: the list point N introduces, its sub-points
    ``N(1)``, ``N(2)`` … (the draft's numbering N, 1, 2, …, N+1 shows the list is not new
    points). A list the next point does not follow (the draft's last, or another number
    after it) is left as it is read, and so is one after a heading (a part's numbering
    restarting), unless the heading is the header row of the table the list is (a few
    capitalised words: :data:`_HEADER_WORDS`), which goes to the point. A list in an item
    of such a list (``2. … these:`` / ``1.`` / ``3.``) is that item's, and the list then
    its point's."""
    while _one_list(parse):
        parse.stack.clear()


def _one_list(parse: Parse) -> bool:
    """:func:`colon_lists` for the first such list: whether there was one."""
    points = parse.points
    index = 0
    while index < len(points):
        node = points[index]
        start = index + 1
        end = _list_end(points, index) if _lead_in(node) else _resumed_end(points, index)
        header = [k for k, (text, at) in enumerate(parse.headings)
                  if at == start < end and _HEADER_WORDS.fullmatch(text.strip())]
        headed = any(start <= at <= end for k, (_text, at) in enumerate(parse.headings)
                     if k not in header)
        part = points[start].part if header else node.part  # the one the header row opened
        if end == start or headed or any(p.part != part or p.indent < node.indent
                                         for p in points[start:end]):
            index += 1
            continue
        for later in points[end:]:
            if later.part == part:  # no part opened under the header row
                later.part = node.part
        for item in points[start:end]:
            old, item.number = item.number, f"{node.number}({item.label})"
            item.number_changed(old)
            item.style, item.part = "paren-digit", 0
            node.children.append(item)
        parse.events.append(Event(points[start].where, "schedule",
                                  f"a list numbered 1 to {end - start} after point "
                                  f"{node.number} ({node.text[-40:]}) and before point "
                                  f"{points[end].number}: read as point {node.number}'s "
                                  "sub-points, not new points"))
        for k in reversed(header):  # a table's header row read as a heading: the point's
            node.paragraphs.append([parse.headings.pop(k)[0]])
            node.paragraphs.extend(p for p in parse.under.pop(k) if p)
            parse.as_written = [(at - (at > k), where, mark)
                                for at, where, mark in parse.as_written]
        del points[start:end]
        parse.headings = [(text, at - (end - start) if at >= end else at)
                          for text, at in parse.headings]
        return True
    return False
