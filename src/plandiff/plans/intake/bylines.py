"""``points_by="lines"``: a draft read one point a line, with no markers to find.

Every line is one point, numbered from 1; when the draft's paragraphs span several lines,
every paragraph is (and a paragraph of bulleted lines one point a bullet); a web page's
further paragraph of a list item (:data:`~plandiff.plans.intake.lines.ITEM_MORE`) is its
point's. A one-``#``
heading first is the title; so is a first line with no closing punctuation over items that
all end as sentences do (a headline pasted over a list that lost its numbers), and the
paragraphs that open the list ending in a colon ("The draft reads as follows:") go to the
version's notes.
"""

from __future__ import annotations

from plandiff.plans.intake import markers
from plandiff.plans.intake.bullets import BULLET_LINE
from plandiff.plans.intake.cleaning import clean_line, plain_spaces
from plandiff.plans.intake.headlines import HEADLINE_CHARS
from plandiff.plans.intake.lines import ITEM_MORE, Line, join_wrapped
from plandiff.plans.intake.parsestate import Parse, open_top
from plandiff.plans.intake.sentences import SENTENCE_END

__all__ = ["by_lines"]

# Bound by assignment, not imported by name: ``HEADING.match(…)`` stays a method call
# (reading.py says why).
HEADING = markers.HEADING


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
    reads as follows:") before two items or more that do not."""
    count = 0
    while count < len(items) and clean_line(items[count][-1].text).endswith(_LEAD_IN_ENDS):
        count += 1
    return count if len(items) - count >= 2 else 0


def _headline(items: list[list[Line]]) -> bool:
    """Whether the first item is a headline over the list: one line, not too long, no closing
    punctuation, over two items or more that all end as sentences do (a list of short items
    that end with none, "Ceasefire" / "Prisoner exchange", is all points)."""
    first = clean_line(items[0][0].text) if items and len(items[0]) == 1 else ""
    rest = [clean_line(block[-1].text) for block in items[1 + _lead_ins(items[1:]):]]
    return bool(first) and len(first) <= HEADLINE_CHARS and first[-1] not in _ENDS + ":;," \
        and not BULLET_LINE.match(items[0][0].text) and len(rest) >= 2 \
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
    lead_ins = _lead_ins(items[1:] if headline else items) + (1 if headline else 0)
    for at, block in enumerate(items):
        heading = HEADING.match(block[0].text)
        if len(block) == 1 and heading and heading.group("hashes") == "#" \
                and parse.title is None and not parse.points:
            parse.title = clean_line(heading.group("text")) or None
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
        if block[0].text.startswith(ITEM_MORE) and parse.points:
            parse.points[-1].blank()  # a web page's second <p> in one <li>: its paragraph
            parse.points[-1].add_line(text)
            continue
        label = str(len(parse.points) + 1)
        open_top(parse, label, text, block[0].where, 0)
    return parse
