"""``points_by="headings"``: a draft whose points are titled sections, not numbered items.

An explainer or a fact sheet often sets a plan out as headings over paragraphs ("Security
guarantees", then what the plan says of them; "Territory", then …) with no number anywhere.
Read one point a heading: the headings of the level that most often stands over text (a
page's ``<h3>``, a Markdown ``###``, a Word heading style, as the readers write them:
``### Territory``) open points 1, 2, 3 … titled by the heading, and the paragraphs under
each are its text. A first one-``#`` heading is the version's title; the text before the
first point (the article's lead) and under a heading of a higher level after the points
("Related stories", "What happens next") goes to the version's notes, as does the text under
a heading of the points' level that names a page's links ("Related", "Read more"); a heading
of a lower level under a point is a line of the point's text.
"""

from __future__ import annotations

from collections import Counter

from plandiff.plans.intake import markers
from plandiff.plans.intake.asides import apart
from plandiff.plans.intake.bullets import BULLET_LINE
from plandiff.plans.intake.cleaning import clean_line, plain_spaces
from plandiff.plans.intake.lines import ITEM_MORE, PAGE_TEXT, POINT_NOTE, Line
from plandiff.plans.intake.parsestate import Node, Parse, open_heading, open_top

__all__ = ["by_headings"]

HEADING = markers.HEADING
FURNITURE_HEADING = markers.FURNITURE_HEADING


def _level(lines: list[Line]) -> int | None:
    """The heading level that opens the points: of the levels below the title's (``##`` and
    deeper), the one with the most headings that have a line of text under them before the
    next heading; the higher level on a tie. None when no heading has text under it."""
    counts: Counter[int] = Counter()
    current: int | None = None
    for line in lines:
        heading = HEADING.match(line.text)
        if heading:
            depth = len(heading.group("hashes"))
            current = depth if depth > 1 and clean_line(heading.group("text")) else None
            continue
        if current is not None and clean_line(line.text):
            counts[current] += 1
            current = None
    if not counts:
        return None
    return min(counts, key=lambda depth: (-counts[depth], depth))


def _text(line: Line) -> tuple[str, bool]:
    """A line's text without a reader's marks or its bullet, and whether it had a bullet."""
    text = line.text.lstrip(ITEM_MORE + PAGE_TEXT)
    if BULLET_LINE.match(text):
        return clean_line(BULLET_LINE.sub(r"\g<rest>", text)), True
    return clean_line(text), False


def by_headings(lines: tuple[Line, ...] | list[Line]) -> Parse:
    """One point a heading of the points' level (see the module notes); no point when the
    draft has no heading with text under it."""
    lines = [Line(plain_spaces(line.text), line.where) for line in lines]
    parse = Parse()
    level = _level(lines)
    point: Node | None = None
    for line in lines:
        if line.text[:1] == POINT_NOTE:  # a footnote in the point, a comment beside it
            if said := clean_line(line.text[1:]):
                if point is not None:
                    point.notes.append(said)
                else:
                    apart(parse.under[-1] if parse.under else parse.notes, said)
            continue
        heading = HEADING.match(line.text)
        if heading and (text := clean_line(heading.group("text"))):
            depth = len(heading.group("hashes"))
            if depth == 1 and parse.title is None and not parse.points:
                parse.title = text
                continue
            if level is not None and depth == level and not FURNITURE_HEADING.match(text):
                open_top(parse, str(len(parse.points) + 1), "", line.where, 0, title=text)
                point = parse.points[-1]
                continue
            if point is not None and level is not None and depth > level:
                point.blank()  # a sub-heading under the point: a line of its text
                point.add_line(text)
                point.blank()
                continue
            open_heading(parse, text)  # before the points, or a section after them
            point = None
            continue
        text, bulleted = _text(line)
        if point is not None:
            if bulleted:  # a list in the section: each item a paragraph of the point's text
                point.blank()
            if text:
                point.add_line(text)
            if bulleted or not text:
                point.blank()
            continue
        # outside the points: under the last heading, else the lead before them, else after
        paragraphs = parse.under[-1] if parse.under else parse.notes
        if not text:
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        if parse.under or not parse.points:
            paragraphs[-1].append(text)
        else:
            parse.after.append(text)
        parse.outside.append(line.where)
    return parse
