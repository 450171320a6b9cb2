"""The parser's state while a draft is read, and the three ways its tree grows.

:class:`Parse` holds the points read so far, the headings between them and the text under
those, the version's notes and the :class:`Event` list the structure report reads;
:class:`Node` is one point or sub-point. :func:`open_top` opens a top-level point (a new
part when the numbering restarts at 1 right after a heading), :func:`open_sub` a sub-point
(each marker style one outline level), :func:`open_heading` a heading between points.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plandiff.plans.intake import markers
from plandiff.plans.intake.lines import join_wrapped
from plandiff.plans.intake.sentences import CLAUSE_END

__all__ = ["GROUP_LEAD", "TIME_STAMP", "Event", "Node", "Parse", "heading_line", "nested_paren",
           "open_heading", "open_sub", "open_top", "paren_depth", "title_over"]

TIME_STAMP = "\x18"
"""The mark of a live blog's time stamp among the headings the parse keeps as written
(:attr:`Parse.as_written`)."""

GROUP_LEAD = "bullet@lead"
"""The style of a sub-point that is a lead-in line heading a later group of its point's
bullets (``US guarantee:`` after the bullets under ``Key provisions:``): the group's bullets
are its sub-points (:func:`~plandiff.plans.intake.reading._group_lead_in`)."""

# Bound by assignment, not imported by name: ``FURNITURE_HEADING.match(…)`` stays a method call
# (reading.py says why).
FURNITURE_HEADING = markers.FURNITURE_HEADING


@dataclass
class Node:
    """One point or sub-point while the draft is read."""

    label: str
    number: str
    style: str
    where: str
    """Where the line that opened it is (``line 12``, ``page 3``)."""
    indent: int = 0
    title: str | None = None
    keyword: bool = False
    """Opened by a word or heading ("Article 2", "第2条"): plain numbered lines counting up
    from 1 inside it are numbered paragraphs (sub-points), not new top-level points."""
    title_line: bool = False
    """The first line may be the title ("Article 3 — Final provisions"): it is, when more
    text or sub-points follow it; alone, it stays the point's text."""
    title_by_stop: bool = False
    """The first line may be the title after an article word and a full stop (``Стаття 1.
    Суверенітет``, ``Article 1. Purpose``, as Ukrainian and Russian legislation heads its
    articles): it is when the next line opens a sentence (a capital) and is longer by half
    at least (a title is short; a sentence wrapped after ``Article 1. The parties`` is not
    followed by a longer line), or when sub-points follow it."""
    heading_line: str = ""
    """The heading that opened the point with its number and title and no separator
    (``2 Reports``): when a list numbered from 1 follows it at once, it was a part's heading,
    and it becomes one again."""
    mark: str = ""
    """A top-level point's number as written on its line (``(1)``, ``Article 1``), when it is
    known: a point moved to the notes keeps it."""
    title_below: bool = False
    """Opened by an article word with nothing after its number (``Article 1`` alone on its
    line, as legislation and treaties set it): the first line below may be the article's
    heading (``Subject matter``). It is when it is short and not a clause (no closing
    punctuation, comma or colon at its end, not in small letters) and more follows it: a
    line that does not go on from it in small letters, set apart or half as long again, or
    sub-points."""
    kanji: bool = False
    """Numbered in kanji (``一、``, ``二、`` or ``一　``, a Japanese summary's points): a list
    numbered with a space under it (``１　``, ``２　``) is its items, and a ``２　`` after its
    unnumbered text its second paragraph, as under ``第N条``
    (:func:`~plandiff.plans.intake.numbering.ja_paragraph`)."""
    paragraphs: list[list[str]] = field(default_factory=lambda: [[]])
    children: list[Node] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    last_indent: int = 0
    """Indentation of the last line added (a lead-in's sub-items are indented further)."""
    at: int = 0
    """Indentation of the sub-point's own line as written (a lettered item nests by its
    style, its :attr:`indent` 0): a paragraph set back from it after a blank line is its
    parent's (:func:`~plandiff.plans.intake.reading._line`)."""
    lines: int = 0
    part: int = 0
    """The part of the draft a top-level point is in (1, 2 ...) when the numbering restarts
    at 1 after a part heading (Part I 1-5, Part II 1-4); 0 when it never does."""

    def number_changed(self, old: str) -> None:
        """After this point's number changed from ``old``: every sub-point below it whose
        number began with ``old`` begins with the new number instead."""
        stack = list(self.children)
        while stack:
            child = stack.pop()
            if child.number.startswith(old):
                child.number = self.number + child.number[len(old):]
            stack.extend(child.children)

    def add_line(self, line: str, indent: int = 0) -> None:
        """Add a line of the point's text; one with nothing left to read (a control
        character alone, cleaned to nothing) adds no line, as a blank line adds none."""
        if not line:
            return
        self.paragraphs[-1].append(line)
        self.last_indent = indent
        self.lines += 1

    def blank(self) -> None:
        if self.paragraphs[-1]:
            self.paragraphs.append([])

    @property
    def text(self) -> str:
        return "\n\n".join(join_wrapped(p) for p in self.paragraphs if p)

    @property
    def last_line(self) -> str:
        for paragraph in reversed(self.paragraphs):
            if paragraph:
                return paragraph[-1]
        return ""

    def split_title(self) -> None:
        """Move a title line out of the text: after an article word, when more follows it;
        for a topic heading (one short line without closing punctuation, then only
        sub-points), always."""
        lines = [line for paragraph in self.paragraphs for line in paragraph]
        heading = (self.style == "top" and self.title is None and len(lines) == 1
                   and self.children and len(lines[0]) <= 100
                   and all(c.style.startswith(("bullet@", "decimal")) for c in self.children)
                   and lines[0][-1] not in CLAUSE_END)
        by_stop = self.title_by_stop and self.title is None and bool(lines) and (
            (len(lines) > 1 and lines[1][:1].isupper() and len(lines[1]) >= 1.5 * len(lines[0]))
            or (len(lines) == 1 and bool(self.children)))
        below = self.title_below and self.title is None and bool(lines) and (
            title_over(lines[0], lines[1], len(self.paragraphs[0]) == 1) if len(lines) > 1
            else heading_line(lines[0]) and bool(self.children))
        if heading or by_stop or below or (self.title_line and self.title is None
                                           and (len(lines) > 1 or self.children)):
            self.title = self.paragraphs[0].pop(0) if self.paragraphs[0] else lines[0]
            self.paragraphs = [p for p in self.paragraphs if p] or [[]]
        self.title_line = self.title_by_stop = self.title_below = False
        if self.title is not None and _no_title(self.title, self.number, self.text):
            self.title = None

    def count(self) -> int:
        return 1 + sum(c.count() for c in self.children)

    def walk(self) -> list[Node]:
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out

    def depth(self) -> int:
        """How many levels of points this one holds, itself included (without recursion:
        the nesting is the input's, checked against a limit with this)."""
        deepest, stack = 0, [(self, 1)]
        while stack:
            node, level = stack.pop()
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in node.children)
        return deepest


def heading_line(line: str) -> bool:
    """A line that may be a point's heading: short, not in small letters, and not ending
    like a clause (closing punctuation, a comma or a colon)."""
    line = line.strip()
    return 0 < len(line) <= 100 and not line[0].islower() \
        and line[-1] not in CLAUSE_END + ",;:："


def title_over(first: str, second: str, apart: bool) -> bool:
    """Whether ``first`` is a title line over the text that ``second`` opens: a heading line
    whose text does not go on from it in small letters and is set apart (``apart``: a
    paragraph of its own) or at least half as long again (a wrapped line is about as long
    as the line after it)."""
    first, second = first.strip(), second.strip()
    return heading_line(first) and not second[:1].islower() \
        and (apart or len(second) >= 1.5 * len(first))


@dataclass(frozen=True)
class Event:
    """Something the parser did that the structure report should mention."""

    where: str
    kind: str
    """``aside`` (editorial text moved to notes), ``split`` (a point found mid-line),
    ``outside`` (text before the first point), ``after`` (prose after the list moved to
    the notes), ``tail`` (paragraphs at the end of the last point that may be such prose: a
    warning), ``outline`` (a level-1 heading of a multi-level list read as a part's),
    ``heading`` (a law's group heading taken off the end of a point's text)."""
    message: str


@dataclass
class Parse:
    title: str | None = None
    notes: list[list[str]] = field(default_factory=lambda: [[]])
    headings: list[tuple[str, int]] = field(default_factory=list)
    """(heading text, index of the top-level point it precedes)."""
    points: list[Node] = field(default_factory=list)
    stack: list[Node] = field(default_factory=list)
    """Open sub-points of the current top-level point, outermost first."""
    events: list[Event] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    """Where each line that went into the version's notes came from."""
    sections: int = 0
    """Part headings ``I.``, ``II.`` ... seen so far."""
    parts: int = 0
    """Parts whose numbering restarts at 1 after a heading (0 until the first restart)."""
    section_break: int = -1
    """How many top-level points were read when the file's last section break came
    (:data:`~plandiff.plans.intake.lines.SECTION_BREAK`), -1 before any: a point 1 right
    after it opens a part, as after a heading."""
    quoted: bool = False
    """A point's number stood after a quotation mark (``«1. …``): the draft quotes its points,
    and a closing mark left at a point's end is that quotation's."""
    top_style: str | None = None
    """``paren-digit`` or ``circled`` when the list's points are numbered ``(1)`` or ``①``
    (no ``1.`` before them), ``paren-kanji`` or ``kanji`` when they are numbered ``（一）`` or
    ``一　``: that style opens top-level points, not sub-points."""
    furniture: bool = False
    """Under a news page's heading of links after the points ("Related", "Most read"): its
    numbered list is other stories, not points, until a heading of another kind."""
    previous: str = ""
    """The last non-blank line read."""
    blank: bool = False
    """A blank line came between the last non-blank line and this one."""
    listed: bool = False
    """A numbered item has been read under the current link-list heading."""
    listed_apart: bool = False
    """A blank line stood between two numbered items under the current link-list heading
    (its items are paragraphs apart, not a list line under line)."""
    doubted: bool = False
    """A warning was given that a number the draft expects next was read as an item of the
    list under the current link-list heading."""
    after: list[str] = field(default_factory=list)
    """Paragraphs of article prose after the list (see
    :func:`~plandiff.plans.intake.pagetext.prose_after`): they go to the version's notes, after
    everything else there."""
    after_last: list[str] = field(default_factory=list)
    """Paragraphs moved out of the last point's text (the article's prose, a reporter's
    closing line): they go to the notes where they stood, before any heading after the last
    point."""
    pending: tuple[str, str, list[str]] | None = None
    """A quotation set large after an unfinished sentence, with where it is and its
    speaker's line: held until the next line says what it is
    (:func:`~plandiff.plans.intake.quotes.resolve_quote`)."""
    as_written: list[tuple[int, str, str]] = field(default_factory=list)
    """The headings in ``headings`` that are no heading but a line set outside the points
    by its mark: a transcript's speaker line (``Reporter: And the detainees?``,
    :data:`~plandiff.plans.intake.speakers.SPEAKER`) or a page's text after its list of
    points (:data:`~plandiff.plans.intake.lines.PAGE_TEXT`); by index, with where each is
    and its mark. They go to the notes as they are, not as headings."""
    placed: list[tuple[tuple[str, int], int]] = field(default_factory=list)
    """Each heading read before the first point (the very entry of ``headings``) and the
    paragraph of ``notes`` it stood before: the notes give it there, among the page's text
    before the points, not after all of it. A heading a later pass rewrites loses its
    place, and goes after that text as before."""
    bare_numbered: bool = False
    """A point was opened by its number alone on a line (``3`` / its text below)."""
    stray_numbers: list[str] = field(default_factory=list)
    """Where each number alone on a line under a finished sentence that numbered no point
    was left out (a citation or page mark that lost its brackets)."""
    first_cut: list[str] = field(default_factory=list)
    """Where each line whose lead-in ran into its list's first item (``(1)``, ``①``,
    ``Point 1``, ``第1項``) was cut (:func:`~plandiff.plans.intake.runin.first_item_cuts`)."""
    buttons: list[str] = field(default_factory=list)
    """Where each share or copy-link button alone on its line was left out
    (:data:`~plandiff.plans.intake.asides.SHARE_BUTTON`)."""
    links: list[tuple[Node, int, int, int]] = field(default_factory=list)
    """Each related story's link read into a point's notes: the point, the note's index, and
    the point's lines and sub-points then (:func:`~plandiff.plans.intake.asides.links_after`)."""
    app_lines: list[str] = field(default_factory=list)
    """Where each line a mail or news app adds (``Sent from my iPhone``) was left out
    (:data:`~plandiff.plans.intake.asides.APP_LINE`)."""
    wrapped_aside: tuple[Node, int] | None = None
    """A point's note that is a commentary paragraph still going on (``Response: Kyiv says
    this restates what is already`` / ``in the Charter …``, no blank line): the point and
    the note's index. Plain lines join it until a blank line or a line with a mark
    (:func:`~plandiff.plans.intake.asides.aside`)."""
    paragraph_at: tuple[Node, int, int, str] | None = None
    """The last plain paragraph begun after a blank line: the node it went to, its index
    there, how many sub-points the node had then, and where its first line is. Ending in a
    colon, with a bullet after it, it may be the lead-in of a later group of the point's
    bullets (:func:`~plandiff.plans.intake.reading._group_lead_in`)."""
    line_lead: tuple[Node, int, int, int, str] | None = None
    """The last line read into a bullet with no blank line before it, ending in a colon
    after the bullet's finished clause (``• b.`` / ``US guarantee:`` / ``• c``): the
    bullet, the paragraph's index, the line's index in it, how many sub-points the bullet
    had then, and where the line is. With a bullet after it, it is the lead-in of a later
    group of the point's bullets (:func:`~plandiff.plans.intake.reading._group_lead_in`)."""
    under: list[list[list[str]]] = field(default_factory=list)
    """The paragraphs under each heading in ``headings`` that come before the next point: a
    heading that opens no point ends the point before it ("Sources", "Annex", "Related
    stories" after the list), so the text under it goes to the notes with the heading."""

    @property
    def closed(self) -> bool:
        """A heading ended the last point (it came after it, and no point opened since):
        plain text goes under the heading until a point opens."""
        return bool(self.points) and bool(self.headings) \
            and self.headings[-1][1] == len(self.points)

    @property
    def current(self) -> Node | None:
        if self.stack:
            return self.stack[-1]
        return self.points[-1] if self.points else None

    def expected(self) -> int:
        """The number the next top-level point should have."""
        for node in reversed(self.points):
            if node.label.isdigit():
                return int(node.label) + 1
        return 1


def open_sub(parse: Parse, label: str | None, style: str, rest: str, where: str,
             indent: int = 0, number: str | None = None, at: int | None = None) -> None:
    parent_top = parse.points[-1]
    if style == "paren-digit" and indent:
        depth = paren_depth(parse, label or "", indent)
    else:
        depth = next((i for i, n in enumerate(parse.stack) if n.style == style), None)
    if depth is not None:
        del parse.stack[depth:]
    parent = parse.stack[-1] if parse.stack else parent_top
    if label is None:  # bullets and indented items: numbered in order, 10.1, 10.2
        label = str(1 + sum(1 for c in parent.children if c.style == style or (
            c.style == GROUP_LEAD and style.startswith("bullet@"))))
        number = f"{parent.number}.{label}"
    elif number is None:  # (given whole only for a clause printed as 9A)
        number = f"{parent.number}({label})"
    if len(number) > 32:
        number = f"({label})"
    node = Node(label=label, number=number, style=style, where=where, indent=indent,
                at=indent if at is None else at)
    if rest:
        node.add_line(rest, indent)
    parent.children.append(node)
    parse.stack.append(node)


def paren_depth(parse: Parse, label: str, indent: int) -> int | None:
    """Where in the stack an indented ``(n)`` item goes: None (under the innermost open
    node) for a ``(1)`` indented further than every ``(n)`` item open (a list nested in an
    item, as Word's plain decimal levels ``%2.`` / ``%3`` print it), else the depth of the
    innermost such item at its indentation or less (a sibling), or the outermost one."""
    items = [i for i, n in enumerate(parse.stack) if n.style == "paren-digit"]
    if not items:
        return None
    if label == "1" and indent >= parse.stack[items[-1]].indent + 2:
        return None
    return next((i for i in reversed(items) if parse.stack[i].indent <= indent + 1), items[0])


def nested_paren(parse: Parse, value: int, indent: int) -> bool:
    """Whether an ``(n)`` line where ``(n)`` numbers the top-level points is an item of a list
    nested in the last point: a ``(1)`` indented two or more further than it, or the next
    item of such a list open at its indentation."""
    if not parse.points or not indent:
        return False
    floor = parse.points[-1].indent + 2
    if value == 1 and indent >= floor:
        return True
    return any(n.style == "paren-digit" and floor <= n.indent <= indent + 1
               for n in parse.stack)


_RESTATED = re.compile(rf"(?:{markers.KEYWORDS})[ \t]*(?:№|#|no\.)?[ \t]*"
                       r"(?P<num>[0-9０-９]{1,3})[ \t]*[.:：]?", re.IGNORECASE)
"""A title that only names its point again (``Point 4``, ``Пункт 4``, an accordion's button
over the point's text)."""
_TEASER = re.compile(r"(?P<stem>.{12,}?)[ \t]*(?:…|\.\.\.)")
"""A title cut short by an ellipsis (an accordion's summary showing the text's first
words)."""


def _no_title(title: str, number: str, text: str) -> bool:
    """Whether a point's title line is no title: its number's words again (``Point 4`` over
    point 4), or the first words of its own text cut short (``The parties confirm…``)."""
    restated = _RESTATED.fullmatch(title.strip())
    if restated is not None:
        return restated.group("num").translate(markers.FW_DIGITS) == number
    teaser = _TEASER.fullmatch(title.strip())
    return teaser is not None and " ".join(text.split()).startswith(
        " ".join(teaser.group("stem").split()))


def open_top(parse: Parse, label: str, rest: str, where: str, indent: int,
             title: str | None = None, keyword: bool = False) -> None:
    broken = bool(parse.points) and parse.section_break == len(parse.points)
    if label == "1" and (parse.closed or broken):  # numbering restarts under a heading (or
        # at a new section of the file, an annex on pages of its own): a new part
        if broken and not parse.closed:
            parse.events.append(Event(where, "section", (
                f"point 1 after point {parse.points[-1].number} opens a new section of the "
                "file (a section break, no heading between): read as a part of its own")))
        if not parse.parts:
            for earlier in parse.points:
                earlier.part = 1
            parse.parts = 1
        parse.parts += 1
    node = Node(label=label, number=label, style="top", where=where, indent=indent,
                at=indent, title=title, keyword=keyword, part=parse.parts)
    if rest:
        node.add_line(rest, indent)
    parse.points.append(node)
    parse.stack.clear()


def open_heading(parse: Parse, content: str) -> None:
    """A heading between points (it ends the point before it); before the first point, a
    heading among the page's text (:attr:`Parse.placed`)."""
    entry = (content, len(parse.points))
    parse.headings.append(entry)
    if not parse.points:
        if parse.notes[-1]:
            parse.notes.append([])  # the text after it is never the paragraph before it
        parse.placed.append((entry, len(parse.notes) - 1))
    parse.under.append([[]])
    parse.furniture = bool(parse.points) and bool(FURNITURE_HEADING.match(content))
    parse.listed = parse.listed_apart = parse.doubted = False
