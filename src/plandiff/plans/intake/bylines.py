"""``points_by="lines"``: a draft read one point a line, with no markers to find.

Every line is one point, numbered from 1; when the draft's paragraphs span several lines,
every paragraph is (and a paragraph of bulleted lines one point a bullet). A one-``#``
heading first is the title.
"""

from __future__ import annotations

from plandiff.plans.intake import markers
from plandiff.plans.intake.bullets import BULLET_LINE
from plandiff.plans.intake.cleaning import clean_line, plain_spaces
from plandiff.plans.intake.lines import Line, join_wrapped
from plandiff.plans.intake.parsestate import Parse, open_top

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


def by_lines(lines: tuple[Line, ...] | list[Line]) -> Parse:
    """One point a line; or one a paragraph when paragraphs span several lines."""
    parse = Parse()
    blocks: list[list[Line]] = [[]]
    for line in lines:
        if line.text.strip():
            blocks[-1].append(Line(plain_spaces(line.text), line.where))
        elif blocks[-1]:
            blocks.append([])
    blocks = [b for b in blocks if b]
    by_paragraph = any(len(b) > 1 for b in blocks) and len(blocks) > 1
    items = [item for b in blocks for item in _bulleted_items(b)] if by_paragraph \
        else [[line] for b in blocks for line in b]
    for block in items:
        heading = HEADING.match(block[0].text)
        if len(block) == 1 and heading and heading.group("hashes") == "#" \
                and parse.title is None and not parse.points:
            parse.title = clean_line(heading.group("text")) or None
            continue
        text = join_wrapped([clean_line(BULLET_LINE.sub(r"\g<rest>", line.text))
                             for line in block])
        if not text:
            continue
        label = str(len(parse.points) + 1)
        open_top(parse, label, text, block[0].where, 0)
    return parse
