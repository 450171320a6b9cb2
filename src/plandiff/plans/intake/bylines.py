"""``points_by="lines"``: a draft read one point a line, with no markers to find.

Every line is one point, numbered from 1; when the draft's paragraphs span several lines,
every paragraph is (and a paragraph of bulleted lines one point a bullet); a web page's
further paragraph of a list item (:data:`~plandiff.plans.intake.lines.ITEM_MORE`) is its
point's. A web page's list shows through: a line's own number (an ``<ol>``'s, or one its
author typed in each ``<li>``: ``3. …``) is its point's number, left out of the text, when it
is higher than the number before it (the next number in order otherwise); an indented item
(a list nested in an item: ``  • …``, ``  a) …``) is a sub-point of the point above, and an
item's further paragraph goes to the item at its indentation (the parent's closing words
after its nested list are the parent's). A heading (``## Economy``, a page's ``<h2>``) is
no point: it goes to the notes as the points' headings do. A one-``#``
heading first is the title; so is a first line with no closing punctuation over items that
all end as sentences do (a headline pasted over a list that lost its numbers), and the
paragraphs that open the list ending in a colon ("The draft reads as follows:") go to the
version's notes, as do the paragraphs with no number before a list numbered from 1 (an
``<ol>`` after the article's lead).
"""

from __future__ import annotations

import re

from plandiff.plans.intake import markers
from plandiff.plans.intake.bullets import BULLET_LINE
from plandiff.plans.intake.cleaning import clean_line, plain_spaces
from plandiff.plans.intake.headlines import HEADLINE_CHARS, dateline
from plandiff.plans.intake.lines import ITEM_MORE, POINT_NOTE, Line, join_wrapped
from plandiff.plans.intake.parsestate import Node, Parse, open_heading, open_sub, open_top
from plandiff.plans.intake.sentences import SENTENCE_END

__all__ = ["by_lines"]

# Bound by assignment, not imported by name: ``HEADING.match(…)`` stays a method call
# (reading.py says why).
HEADING = markers.HEADING

_NUMBERED = re.compile(r"^(?P<num>[0-9]{1,3})[.)][ \t\u3000]+(?P<rest>\S.*)$")
"""A line's own number: ``3. …``, ``3) …`` (an ``<ol>``'s number, or one typed)."""

_SUB_ITEM = re.compile(r"^(?P<indent>[ \t\u3000]+)\(?(?:(?P<num>[0-9]{1,3})|(?P<label>[a-z]"
                       r"|[ivxlc]{1,6}))[.)][ \t\u3000]+(?P<rest>\S.*)$")
"""An indented item with its label (a nested list's ``  a) …``, ``  (i) …``, ``  1. …``)."""


def _bulleted_items(block: list[Line]) -> list[list[Line]]:
    """A paragraph of bulleted lines as one item a bullet (the lines before the first bullet
    one more; a line without a bullet goes on with the item above); any other paragraph
    whole."""
    if sum(1 for line in block if BULLET_LINE.match(line.text)) < 2:
        return [block]
    items: list[list[Line]] = []
    for line in block:
        if BULLET_LINE.match(line.text) or not items:
            items.append([line])
        else:
            items[-1].append(line)
    return items


_ENDS = SENTENCE_END + "»”\")）」』"


_LEAD_IN_ENDS = (":", "：")


def _lead_ins(items: list[list[Line]]) -> int:
    """How many items open the list as its lead-in: paragraphs ending in a colon ("The draft
    reads as follows:") before two items or more that do not; a line with its own number
    (``1. Detainees are swapped in two groups:``) is a point, whatever it ends with."""
    count = 0
    while count < len(items) and clean_line(items[count][-1].text).endswith(_LEAD_IN_ENDS) \
            and not _NUMBERED.match(clean_line(items[count][0].text)):
        count += 1
    return count if len(items) - count >= 2 else 0


def _before_numbered(items: list[list[Line]], start: int) -> int:
    """Where a list that numbers its items from 1 (an ``<ol>``'s numbers) starts, when the
    items before it, from ``start``, have no number of their own and are no heading: those
    are the article's lead over the list, not its first points (they shifted its numbers by
    one); ``start`` when there is no such list."""
    for at in range(start, len(items)):
        first = items[at][0].text
        if HEADING.match(first) or first.startswith(ITEM_MORE):
            continue  # a heading over the list goes to the notes anyway
        numbered = _NUMBERED.match(clean_line(first))
        if numbered:
            return at if numbered.group("num") == "1" and at + 1 < len(items) else start
    return start


def _headline(items: list[list[Line]]) -> bool:
    """Whether the first item is a headline over the list: one line, not too long, no closing
    punctuation, no wire story's dateline (its lead), over two items or more that all end as
    sentences do (a list of short items that end with none, "Ceasefire" / "Prisoner
    exchange", is all points)."""
    first = clean_line(items[0][0].text) if items and len(items[0]) == 1 else ""
    rest = [clean_line(block[-1].text) for block in items[1 + _lead_ins(items[1:]):]]
    return bool(first) and len(first) <= HEADLINE_CHARS and first[-1] not in _ENDS + ":;," \
        and not dateline(first) and not BULLET_LINE.match(items[0][0].text) and len(rest) >= 2 \
        and all(text[-1:] in _ENDS for text in rest)


def by_lines(lines: tuple[Line, ...] | list[Line], *, wrapped: bool = True) -> Parse:
    """One point a line; or one a paragraph when paragraphs span several lines and the
    lines may be wrapped (``wrapped``: not a web page's, whose ``<br>`` lines are each a
    line a reader sees)."""
    parse = Parse()
    blocks: list[list[Line]] = [[]]
    for line in lines:
        if line.text.strip():
            blocks[-1].append(Line(plain_spaces(line.text), line.where))
        elif blocks[-1]:
            blocks.append([])
    blocks = [b for b in blocks if b]
    by_paragraph = wrapped and any(len(b) > 1 for b in blocks) and len(blocks) > 1
    items = [item for b in blocks for item in _bulleted_items(b)] if by_paragraph \
        else [[line] for b in blocks for line in b]
    headline = _headline(items)
    # a wire story's lead under its dateline ("KYIV, Dec 3 - The draft …"): no point
    opening = headline or (len(items) >= 3 and dateline(clean_line(items[0][0].text)))
    lead_ins = _lead_ins(items[1:] if opening else items) + (1 if opening else 0)
    lead_ins = max(lead_ins, _before_numbered(items, lead_ins))
    for at, block in enumerate(items):
        heading = HEADING.match(block[0].text)
        if len(block) == 1 and heading and heading.group("hashes") == "#" \
                and parse.title is None and not parse.points:
            parse.title = clean_line(heading.group("text")) or None
            continue
        if len(block) == 1 and heading and clean_line(heading.group("text")):
            # a web page's section heading (## Economy): the notes', not a point
            open_heading(parse, clean_line(heading.group("text")))
            continue
        if at == 0 and headline:
            parse.title = clean_line(block[0].text)
            continue
        if at < lead_ins:  # "The draft reads as follows:": the list's lead-in, not a point
            parse.notes.append([clean_line(line.text) for line in block])
            parse.outside.append(block[0].where)
            continue
        text = join_wrapped([clean_line(BULLET_LINE.sub(r"\g<rest>", line.text))
                             for line in block])
        if not text:
            continue
        first = block[0].text
        if first.startswith(POINT_NOTE):  # a footnote in the point, a comment beside it
            said = join_wrapped([clean_line(line.text.lstrip(POINT_NOTE)) for line in block])
            if parse.points:
                (parse.stack[-1] if parse.stack else parse.points[-1]).notes.append(said)
            else:
                parse.notes.append([said])
            continue
        if first.startswith(ITEM_MORE) and parse.points:
            node = _item_at(parse, _indent(first[1:]))
            node.blank()  # a web page's second <p> in one <li>: its item's paragraph
            node.add_line(text)
            continue
        if parse.points and _sub_item(parse, first, text, block[0].where):
            continue
        numbered = _NUMBERED.match(text)
        last = int(parse.points[-1].number) if parse.points else 0
        if numbered and int(numbered.group("num")) > last:
            label, text = numbered.group("num"), numbered.group("rest")
        else:
            label = str(last + 1)
            text = numbered.group("rest") if numbered else text
        open_top(parse, label, text, block[0].where, 0)
    return parse


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" \t\u3000"))


def _item_at(parse: Parse, indent: int) -> Node:
    """The item a further paragraph at ``indent`` goes on: the innermost open sub-item
    indented as much or less, else the point (its sub-items closed)."""
    while parse.stack and parse.stack[-1].indent > indent:
        parse.stack.pop()
    return parse.stack[-1] if parse.stack else parse.points[-1]


def _sub_item(parse: Parse, line: str, text: str, where: str) -> bool:
    """Open an indented item (bulleted or labelled) as a sub-point of the point above:
    lettered and Roman ones as ``1(a)``, bulleted and numbered ones as ``1.1``."""
    bullet = BULLET_LINE.match(line)
    labelled = _SUB_ITEM.match(line)
    indent = _indent(line)
    if not indent or not (bullet or labelled):
        return False
    rest = labelled.group("rest") if labelled and not bullet else text
    label = labelled.group("label") if labelled and not bullet else None
    open_sub(parse, label, f"lines@{indent}", clean_line(rest), where, indent=indent)
    return True
