"""A Markdown draft's block quotes among its points: a note, or the point's own words.

Editors and converters quote two things between a point and the next one: their note on it
(``> **Note:** …``, ``> **Коментар редакції:** …``) and a clause the point itself quotes
(``2. The parties agree on the following clause:`` over ``> All territories …``, a
``<blockquote>`` inside an ``<li>`` as pandoc writes it: indented under the item,
``    > …``). A label opening the quote says which: a note's label (:data:`NOTE_LABEL`) makes
the quote the note of the point above it, and a quote without one is that point's text, a
paragraph of its own without its quote marks. It had gone to the point's notes whatever it
said, and pandoc's indented quote kept its marks, each of its lines a sub-point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plandiff.plans.intake.asides import ASIDE_LINE
from plandiff.plans.intake.cleaning import PAIRED_BOLD
from plandiff.plans.intake.lines import PAGE_TEXT, POINT_NOTE, Line
from plandiff.plans.intake.markers import NUMBERED_LINE
from plandiff.plans.intake.replies import QUOTE_MARKS

__all__ = ["NOTE_LABEL", "QuoteReading", "block_quotes"]

NOTE_LABEL = re.compile(
    r"^[ \t]*[*_]{0,3}[ \t]*(?:"
    r"(?:editor(?:'|’)?s'?|editorial|ed\.|translator(?:'|’)?s'?|our|author(?:'|’)?s'?)[ \t]+"
    r"(?:note|comment)s?|notes?|nb|n\.b\.|comments?|commentary|remarks?|update[ds]?"
    r"|correction|clarification|context|analysis|response|reaction|explainer|fact ?box"
    r"|fact[ -]?check|why it matters|what (?:changed|it means|this means)|our (?:view|take)"
    r"|verdict|background"
    r"|примітк[аи](?:[ \t]+редакції)?|примечани[ея](?:[ \t]+редакции)?"
    r"|коментар(?:[ \t]+редакції)?|комментари[йи](?:[ \t]+редакции)?|від редакції|от редакции"
    r"|оновлення|обновление|уточнення|уточнение|довідка|справка|контекст|аналіз|анализ"
    r"|注記?|備考|編注|編集部注|補足|解説|コメント|追記|訂正"
    r")[*_]{0,3}[ \t]*[:：.][*_]{0,3}(?:[ \t]|$)",
    re.IGNORECASE)
"""A note's label opening a block quote (``**Note:**``, ``Editor's note:``, ``N.B.``,
``Update:``, ``Примітка:``, ``Коментар редакції:``, ``注：``), bold or not: the quote is a
note, not the point's words."""

_LIST_QUOTE = re.compile(r"^[ \t]{4,12}(?=[>\uff1e])")
"""The indentation of a block quote inside a list item (pandoc sets it under the item's
text, four spaces in), which :data:`~plandiff.plans.intake.replies.QUOTE_MARKS` (three
spaces at most, as CommonMark's top level allows) does not take."""


@dataclass(frozen=True)
class QuoteReading:
    """What :func:`block_quotes` did: the lines, and how many block quotes went to the
    points' notes, to the version's notes and to the points' text."""

    lines: tuple[Line, ...]
    to_points: int
    to_version: int
    to_text: int


def _unbolded(text: str) -> str:
    """``text`` without Markdown's bold marks (``**Note:**`` is "Note:")."""
    return PAIRED_BOLD.sub(lambda m: m.group("a") or m.group("b"), text)


def _quoted_paragraphs(start: int, said: list[str]) -> list[tuple[int, list[str]]]:
    """The paragraphs of a block quote's lines ``said`` (the marks taken off; the first on
    line ``start``): where each starts and its lines, quoted blank lines between them."""
    paragraphs: list[tuple[int, list[str]]] = []
    for offset, text in enumerate(said):
        if not text.strip():
            continue
        if paragraphs and offset and said[offset - 1].strip():
            paragraphs[-1][1].append(text.strip())
        else:
            paragraphs.append((start + offset, [text.strip()]))
    return paragraphs


def _a_note(said: list[str]) -> bool:
    """Whether a block quote's lines (marks off) are a note: its first words a note's
    label, or its first paragraph plainly an editor's aside (``[Editor's note: …]``,
    ``(in the earlier version …)``, ``… – Ed.``)."""
    paragraphs = _quoted_paragraphs(0, said)
    first = _unbolded(" ".join(paragraphs[0][1])) if paragraphs else ""
    return bool(NOTE_LABEL.match(first) or ASIDE_LINE.match(first))


def _in_lists(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """The lines with a block quote's indentation under a list item taken off (pandoc's
    ``    > …`` under ``2.  The parties agree:``), once a point has opened."""
    out = list(lines)
    pointed = False
    for index, line in enumerate(lines):
        pointed = pointed or NUMBERED_LINE.match(line.text) is not None
        if pointed and _LIST_QUOTE.match(line.text):
            out[index] = Line(line.text.lstrip(" \t"), line.where)
    return tuple(out)


def _as_text(out: list[Line], said: list[str], wheres: list[str]) -> None:
    """Put a block quote's lines (``said``, marks off) in ``out`` as a paragraph of the
    point's text: a blank line before them when the line above has words."""
    if out and out[-1].text.strip():
        out.append(Line("", wheres[0]))
    out.extend(Line(line.strip(), where) for line, where in zip(said, wheres, strict=True))


def _as_note(out: list[Line], said: list[str], wheres: list[str], mark: str) -> None:
    """Put a block quote's paragraphs (``said``, marks off) in ``out`` as notes, each one line
    starting with ``mark`` (a point's note or the version's), Markdown's bold taken off; the
    quote's other lines stay as blank lines, so every line keeps its place."""
    firsts = dict(_quoted_paragraphs(0, said))
    out.extend(Line(mark + _unbolded(" ".join(firsts[at])), where) if at in firsts
               else Line("", where) for at, where in enumerate(wheres))


def block_quotes(lines: tuple[Line, ...]) -> QuoteReading:
    """A Markdown text's block quotes among the points: a run of quoted lines after a
    numbered line, numbering nothing themselves (indented under a list item or not).
    Between two points (the next line with words a numbered one, the quote set apart by
    blank lines or not) a block quote opening with a note's label (:func:`_a_note`) is the
    note of the point above it: each of its paragraphs (quoted blank lines ``>`` part them)
    one line marked :data:`~plandiff.plans.intake.lines.POINT_NOTE`, its lines joined and
    its marks (and Markdown's bold) taken off, the lines it stood on blank. One without a
    label is that point's words (a clause it quotes): its lines without their marks, a
    paragraph of the point (a blank line before it). After the last point, a labelled block
    quote, or a lone quoted line set apart by blank lines (or the text's ends), goes to the
    version's notes as the page's text, a line a paragraph, its bold taken off too; one
    without a label right under the last point's line when it ends in a colon (``2. The
    clause reads:``) is that point's words."""
    lines = _in_lists(lines)
    last_numbered = max((at for at, line in enumerate(lines) if NUMBERED_LINE.match(line.text)),
                        default=-1)
    out: list[Line] = []
    to_points = to_version = to_text = 0
    pointed = False
    index = 0
    while index < len(lines):
        text = lines[index].text
        if QUOTE_MARKS.match(text) is None:
            pointed = pointed or NUMBERED_LINE.match(text) is not None
            out.append(lines[index])
            index += 1
            continue
        end = index
        while end < len(lines) and QUOTE_MARKS.match(lines[end].text) is not None:
            end += 1
        said = [QUOTE_MARKS.sub("", lines[at].text, count=1) for at in range(index, end)]
        following = next((line.text for line in lines[end:] if line.text.strip()), "")
        wheres = [lines[at].where for at in range(index, end)]
        quoted = pointed and any(s.strip() for s in said) \
            and not any(NUMBERED_LINE.match(s) for s in said)
        later = last_numbered >= end  # a numbered line after the quote
        before = next((line.text for line in reversed(out) if line.text.strip()), "")
        if quoted and later and QUOTE_MARKS.match(following) is None:
            if _a_note(said):
                _as_note(out, said, wheres, POINT_NOTE)
                to_points += 1
            else:
                _as_text(out, said, wheres)
                to_text += 1
        elif quoted and not later and not _a_note(said) and NUMBERED_LINE.match(before) \
                and before.rstrip()[-1:] in (":", "："):
            _as_text(out, said, wheres)  # "2. The clause reads:" over the clause, the last
            to_text += 1
        elif quoted and not later and (_a_note(said) or (
                end - index == 1 and (index == 0 or not lines[index - 1].text.strip())
                and (end == len(lines) or not lines[end].text.strip()))):
            _as_note(out, said, wheres, PAGE_TEXT)
            to_version += 1
        else:
            out.extend(lines[index:end])
        index = end
    if to_points or to_version or to_text:
        return QuoteReading(tuple(out), to_points, to_version, to_text)
    return QuoteReading(lines, 0, 0, 0)
