"""Pull quotes and their speakers: a news page's quotations set apart from the points' text.

While the lines are read, a quotation set large as a heading (a PDF reads it as one by its
size) is told from a heading: with its speaker, in the middle of a point's sentence, it is
the point's paragraph (:func:`quote_heading`); without, it is held (:func:`bare_quote_heading`)
until the next line says what it is (:func:`resolve_quote`). Once the draft is read,
:func:`pull_quotes` moves each point's pull quotes to its notes, joining again the halves of a
sentence one interrupted. What a quotation with its speaker is, is
:mod:`.reporting`'s.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from plandiff.plans.intake import markers
from plandiff.plans.intake.cleaning import clean_line
from plandiff.plans.intake.lines import UNSPACED, join_wrapped
from plandiff.plans.intake.parsestate import Event, Node, Parse, open_heading
from plandiff.plans.intake.reporting import (
    OPENING_QUOTES,
    bare_quotation,
    interrupting_quotation,
    quotations_with_speaker,
)
from plandiff.plans.intake.sentences import (
    CLAUSE_END,
    ends_clause,
    ends_open,
    goes_on_across,
    opens_sentence,
    runs_on,
    runs_on_named,
)

__all__ = ["bare_quote_heading", "pull_quotes", "quote_heading", "repeated_passages",
           "repeated_points", "resolve_quote"]

# Bound by assignment, not imported by name: ``HEADING.match(…)`` stays a method call
# (reading.py says why).
HEADING = markers.HEADING

_QUOTES = re.compile(f"[{re.escape(OPENING_QUOTES)}]")


def bare_quote_heading(parse: Parse, content: str) -> bool:
    """A quotation without its speaker set large after a point's line that does not finish
    its sentence: a pull quote in the middle of that sentence, or a quote box between two
    points (the point's own words end without punctuation); :func:`resolve_quote` decides
    by the line after it."""
    node = parse.current
    opened = _QUOTES.match(content) is not None and not any(
        mark in content for mark in _CLOSING_QUOTES)  # its first line: the rest may follow
    return node is not None and not parse.closed \
        and (opened or bare_quotation(content, "a sentence.")) \
        and bool(node.last_line) and not ends_clause(node.last_line)


_CLOSING_QUOTES = "”»’」』\""
"""Marks that close a quotation: a heading line opening with one goes on with the one
before it."""
_ATTRIBUTION = re.compile(r"^[ \t]*[—–―-][ \t]*[^\W\d_].{0,80}$")
"""A pull quote's speaker on a line of its own (``— A negotiator, in Geneva``)."""


def resolve_quote(parse: Parse, raw: str | None) -> bool:
    """Read the quotation held back by :func:`bare_quote_heading` now that the next line
    (``raw``; None at the end) is known. When that line goes on in small letters, the
    quotation (and a speaker's line after it) interrupted the point's sentence: they become
    the point's paragraphs, which :func:`pull_quotes` moves to its notes, joining the
    halves. Otherwise it is the heading it looked like. True when ``raw`` was taken (the
    speaker's line, held too)."""
    assert parse.pending is not None
    content, where, speaker = parse.pending
    if raw is not None and not speaker and _ATTRIBUTION.match(raw):
        speaker.append(clean_line(raw))
        return True
    heading = HEADING.match(raw) if raw is not None and not speaker else None
    if heading is not None and heading.group("text")[:1] in _CLOSING_QUOTES:
        # the quotation's second line set large ("## ” one negotiator said."): read on
        parse.pending = (content + clean_line(heading.group("text")), where, speaker)
        return True
    parse.pending = None
    node = parse.current
    if raw is not None and node is not None and goes_on_across(node.last_line, raw) \
            and not raw.lstrip().startswith("#"):
        for text in (content, *speaker):
            node.blank()
            node.add_line(text)
        node.blank()
        return False
    open_heading(parse, content)
    for text in speaker:
        parse.under[-1][-1].append(text)
        parse.outside.append(where)
    return False


def quote_heading(parse: Parse, content: str) -> bool:
    """Whether a heading is a pull quote set large in the middle of a point's sentence (a
    PDF reads it as a heading by its size): a quotation with its speaker after a point's
    line that does not finish its sentence. It is read as the point's paragraph, and
    :func:`pull_quotes` takes it out (to the notes, whatever follows it). A quotation
    without its speaker stays a heading: after a point that ends without punctuation it may
    be a quote box between two points, and would have become that point's text."""
    node = parse.current
    if node is None or parse.closed or not _QUOTES.match(content):
        return False
    last = node.last_line.rstrip()
    if not last or last[-1] in CLAUSE_END:
        return False
    return quotations_with_speaker(content) == [(0, len(content))]


def pull_quotes(parse: Parse) -> None:
    """Move pull quotes to the point's notes: a further paragraph of a point that is a
    quotation with its speaker, or a quotation alone after a finished sentence that does not
    introduce it; and a quotation with its speaker run into a point's paragraph after a
    finished sentence (pasted text with no blank line around it). Each move is reported."""
    for point in parse.points:
        for node in point.walk():
            kept = [p for p in node.paragraphs if p]
            out: list[list[str]] = []
            rejoin = False
            skip = 0
            for index, paragraph in enumerate(kept):
                if skip:  # the rest of what interrupted a sentence (its attribution)
                    skip -= 1
                    continue
                if rejoin:  # the second half of a sentence a pull quote interrupted
                    out[-1] = out[-1] + paragraph
                    rejoin = False
                    continue
                if out and (runs_on(out[-1][-1], paragraph[0]) or ends_open(out[-1][-1])):
                    out[-1] = out[-1] + paragraph  # one sentence in two paragraphs (a
                    continue  # page's embed between them left out; a redline's break after
                    # "The", before "United States shall …")
                span = _interruption(out[-1], kept, index) if out else 0
                if span:
                    for middle in kept[index:index + span]:
                        text = join_wrapped(middle)
                        _quote_to_notes(parse, node, text, "a quotation set in the middle of "
                                        "its sentence" if _QUOTES.match(text) else "text set "
                                        "in the middle of its sentence (a caption or a box)")
                    skip, rejoin = span - 1, True
                    continue
                if not _QUOTES.search(paragraph[0]) and len(paragraph) == 1:
                    out.append(paragraph)  # no quotation mark opens it: nothing to look at
                    continue
                if len(paragraph) > 1:  # a line alone that is a quotation, in pasted text
                    paragraph = _bare_lines(parse, node, paragraph)
                text = join_wrapped(paragraph)
                before = join_wrapped(out[-1]) if out else ""
                if out and bare_quotation(text, before):
                    _quote_to_notes(parse, node, text, "a quotation set apart")
                    continue
                spans = quotations_with_speaker(text)
                if out and spans == [(0, len(text))]:
                    _quote_to_notes(parse, node, text, "a quotation with its speaker")
                    continue
                spans = [span for span in spans if span[0] > 0]
                for start, end in reversed(spans):
                    _quote_to_notes(parse, node, text[start:end].strip(),
                                    "a quotation with its speaker")
                    text = (text[:start].rstrip() + " " + text[end:].lstrip()).strip()
                out.append([text] if spans else paragraph)
            node.paragraphs = out or [[]]


_SET_IN = 300
"""The longest text set in the middle of a sentence that is taken for a caption or a box."""


def _interruption(before: list[str], kept: list[list[str]], index: int) -> int:
    """How many paragraphs from ``kept[index]`` interrupt the sentence of ``before`` that the
    paragraph after them goes on with (a news page's pull quote and its attribution, a photo
    caption, a box set in the middle of the paragraph): one or two, short, the first opening
    like a sentence (a quotation too); 0 when none do."""
    for span in (1, 2):
        if index + span >= len(kept):
            return 0
        middle = [join_wrapped(p) for p in kept[index:index + span]]
        if sum(len(text) for text in middle) > _SET_IN or not opens_sentence(middle[0]):
            return 0
        after = kept[index + span][0]
        if runs_on(before[-1], after) or (runs_on_named(before[-1], after)
                                           and _QUOTES.match(middle[0]) is not None):
            return span  # a name after a comma goes on only across a quotation
    return 0


def _bare_lines(parse: Parse, node: Node, paragraph: list[str]) -> list[str]:
    """The paragraph without its lines (after the first) that are a quotation alone after a
    line that finishes a sentence (a pull quote pasted with no blank line around it)."""
    kept = [paragraph[0]]
    for index, line in enumerate(paragraph[1:], start=2):
        if bare_quotation(line, kept[-1]):
            _quote_to_notes(parse, node, line.strip(), "a quotation set apart")
        elif index < len(paragraph) and interrupting_quotation(line, kept[-1],
                                                               paragraph[index]):
            _quote_to_notes(parse, node, line.strip(), "a quotation set in the middle of its "
                            "sentence")
        else:
            kept.append(line)
    return kept


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


_WORD = re.compile(r"\w+")


def _in_order(points: list[Node], index: int) -> bool:
    """Whether the top-level point at ``index`` goes on from the point before it or leads
    into the point after it (its number one below that one's)."""
    value = int(points[index].label)
    before = points[index - 1].label if index else "0"
    after = points[index + 1].label if index + 1 < len(points) else ""
    return (before.isdigit() and int(before) + 1 == value) or (
        after.isdigit() and int(after) == value + 1)


def repeated_points(parse: Parse) -> None:
    """A pull quote that repeats a point with its number (``<p><strong>7.</strong> …</p>``
    set between points 5 and 6, as a page sets a point large): a top-level point standing
    out of the numbering's order (going on from neither neighbour) whose words are those of
    the point of its number in its place, or a part of them, is no point; its text goes to
    the notes of the point before it, and the move is reported. Without it the point stood
    twice and the numbering went back."""
    points = parse.points
    seen: dict[str, list[int]] = {}
    for index, node in enumerate(points):
        if node.label.isdigit():
            seen.setdefault(node.label, []).append(index)
    gone: list[int] = []
    for label, indexes in seen.items():
        if len(indexes) < 2:
            continue
        placed = [i for i in indexes if _in_order(points, i)]
        for index in indexes:
            node = points[index]
            at = bisect_left(placed, index)
            near = placed[max(at - 1, 0):at + 1]  # the point of its number nearest it
            if index in near or not index or node.children or not near:
                continue
            quoted = _words(node.text)
            if not quoted or not any(points[i].part == node.part
                                     and quoted in _words(points[i].text) for i in near):
                continue
            gone.append(index)
            before = points[index - 1].walk()[-1]
            for text in [node.text, *node.notes]:
                _quote_to_notes(parse, before, text, f"a pull quote repeating point {label}")
    for index in sorted(gone, reverse=True):
        del parse.points[index]
        parse.headings = [(text, at - 1 if at > index else at) for text, at in parse.headings]


_TOKEN = re.compile(f"{UNSPACED}|(?:(?!{UNSPACED})[^\\W_])+")
"""A word of a spaced script, or one character of a script written without spaces (a
Japanese pull quote repeats a run of characters, not of words)."""
_REPEAT_WORDS = 4
"""The fewest words a paragraph repeating another's is taken for a pull quote with (six
characters of Japanese or Chinese)."""
_REPEAT_CHARACTERS = 6
_GRAM = 4
_LOOKED_AT = 50
"""The most places of one run of :data:`_GRAM` words a repeat is looked for at (the words
a legal text says at every point, "the parties shall be", cost no more)."""


def repeated_passages(parse: Parse) -> None:
    """A quote box or pull quote without a number that repeats a part of a point (``<div
    class="highlight"><p>All prisoners are exchanged on an all-for-all basis</p></div>``
    set between two points, the point's words without its end; a pasted copy of the page
    with the line on its own): a paragraph after a point's first whose words, four at
    least and no longer than a box's (:data:`_SET_IN`), opening like a sentence (a point's
    tail over a page break, in small letters, goes on), are a run of the words of a point's
    first paragraph (its own or another point's) or of a longer paragraph goes to the notes
    of the point it stood in, and the move is reported. It was glued onto that point as its
    second paragraph. Two like paragraphs of two points (a draft's "The details are in
    Annex 2." under each) stay."""
    nodes = [node for point in parse.points for node in point.walk()]
    # each paragraph with text: its point, its place among them, its lines and its words
    held = [(node, at, paragraph, _tokens(join_wrapped(paragraph)))
            for node in nodes for at, paragraph in enumerate(p for p in node.paragraphs if p)]
    wanted = {(id(node), at) for node, at, paragraph, words in held
              if at and _repeat_size(words) and len(" ".join(words)) <= _SET_IN
              and opens_sentence(paragraph[0])}
    if not wanted:
        return
    places: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for index, (*_, words) in enumerate(held):
        for start in range(len(words) - _GRAM + 1):
            places.setdefault(tuple(words[start:start + _GRAM]), []).append((index, start))
    moved: dict[int, set[int]] = {}  # a point's id → the places of its paragraphs moved
    for index, (node, at, paragraph, words) in enumerate(held):
        if (id(node), at) not in wanted:
            continue
        source = next((held[other][0] for other, start in
                       places.get(tuple(words[:_GRAM]), [])[:_LOOKED_AT]
                       if other != index and (not held[other][1]
                                              or len(held[other][3]) > len(words))
                       and held[other][3][start:start + len(words)] == words), None)
        if source is None:
            continue
        moved.setdefault(id(node), set()).add(at)
        _quote_to_notes(parse, node, join_wrapped(paragraph),
                        f"a pull quote repeating point {source.number}")
    for node in nodes:
        if id(node) in moved:
            node.paragraphs = [paragraph for at, paragraph
                               in enumerate(p for p in node.paragraphs if p)
                               if at not in moved[id(node)]] or [[]]


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _repeat_size(words: list[str]) -> bool:
    """Whether a paragraph holds words enough to be told a repeat of another's."""
    unspaced = sum(1 for word in words if len(word) == 1 and re.match(UNSPACED, word))
    return len(words) - unspaced >= _REPEAT_WORDS or unspaced >= _REPEAT_CHARACTERS


def _quote_to_notes(parse: Parse, node: Node, text: str, what: str) -> None:
    node.notes.append(text)
    parse.events.append(Event(node.where, "aside", f"{what} moved to the notes of point "
                              f"{node.number}: {text[:60]}"))
