"""A document's title typed by hand, told by its looks: a first paragraph set in larger
and/or bold type (often centred), in no ``Title`` or ``Heading`` style, over the points. The
Word, OpenDocument and PDF readers each tell a paragraph's looks by their own signals (its
runs' weight and size, its alignment) and hand the paragraphs before the first point to
:func:`typed_title`, so they agree on which is the title. A letterhead (the ministry's name
in bold, then a date line) loses to a larger line after it, and to an equally bold one set
apart from it by a plain line.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from plandiff.plans.intake.dating import line_date, stamp_line
from plandiff.plans.intake.lines import Line
from plandiff.plans.intake.markers import PART

__all__ = ["LOOKED", "Look", "body_size", "bold_body", "typed_title", "typed_title_lines"]


@dataclass(frozen=True)
class Look:
    """How a paragraph looks: its type's size in points (0 unknown), whether all its
    letters are bold, whether it is centred."""

    size: float = 0.0
    bold: bool = False
    centred: bool = False


LOOKED = 200
"""The paragraphs whose looks a reader records (the title is among the first; the body's
usual size is told by these)."""
_LARGER = 1.15
"""How many times the body's usual size a line's type must be to count as larger."""
_HEADS = 8
"""The most paragraphs before the first point looked at for the title."""
_WORDS = 20
"""The most words a title holds."""
_SENTENCE_WORDS = 10
"""A line of more words ending in a full stop is a sentence (a bold lead-in), no title."""

_NUMBERED = re.compile(r"^\s*(?:[(（]?[0-9０-９]{1,3}[.．)）:]|第)")
_SECTION_WORD = re.compile(r"^(?i:preamble|introduction|contents|table of contents|summary"
                           r"|annex|draft|преамбула|вступ|зміст|введение|содержание|проект"
                           r"|前文|目次)\W*$")
"""A line naming a section of the draft or stamping it, not the draft."""


def bold_body(looks: Iterable[tuple[Look, int]]) -> bool:
    """Whether most characters of the text are bold (``looks``: a paragraph's or line's
    looks and its count of characters): a text typed all in bold, where bold tells no
    title."""
    bold = total = 0
    for look, chars in looks:
        total += chars
        bold += chars if look.bold else 0
    return bold * 2 > total


def body_size(sizes: Iterable[tuple[float, int]]) -> float:
    """The body's usual size: the size most characters are set in (``sizes``: a size and a
    count of characters, per paragraph or line); 0 when none is known."""
    counts: Counter[float] = Counter()
    for size, chars in sizes:
        if size > 0:
            counts[round(size * 2) / 2] += chars
    return max(counts.items(), key=lambda item: (item[1], -item[0]))[0] if counts else 0.0


def _candidate(text: str) -> bool:
    words = text.split()
    if not words or len(words) > _WORDS or not any(ch.isalpha() for ch in text):
        return False
    if text.rstrip()[-1] in ":;," or _SECTION_WORD.match(text.strip()) or PART.match(text) \
            or line_date(text) is not None or stamp_line(text):
        return False  # a lead-in, a section's name, a part, a date line
    return not (text.rstrip().endswith(".") and len(words) > _SENTENCE_WORDS)


def typed_title(heads: Sequence[tuple[str, Look]], body: float, all_bold: bool = False
                ) -> int | None:
    """Which of ``heads`` (the text and looks of the paragraphs before the first point, in
    order) is the document's title, against the body's usual size ``body``: a short line
    set larger than the body, or bold in type no smaller; the largest wins, then the bold,
    then the centred; of lines that look alike, a later one set apart from an earlier by a
    plain line (a letterhead, a date line, the title) wins; in a text set all in bold
    (``all_bold``) bold tells nothing. None when no line stands out."""
    ranked: list[tuple[int, tuple[float, bool, bool]]] = []
    for index, (text, look) in enumerate(heads[:_HEADS]):
        if not _candidate(text):
            continue
        size = round(look.size * 2) / 2
        larger = bool(body) and size >= _LARGER * body
        bold = look.bold and not all_bold and (not body or not size or size >= body)
        if larger or bold:
            ranked.append((index, (size if larger else body, look.bold, look.centred)))
    if not ranked:
        return None
    best = max(rank for _, rank in ranked)
    chosen: int | None = None
    for index, rank in ranked:
        if rank != best:
            continue
        if chosen is None or any(not any(at == between for at, _ in ranked)
                                 for between in range(chosen + 1, index)):
            chosen = index
    return chosen


def typed_title_lines(lines: list[Line], looks: dict[str, tuple[Look, int]]
                      ) -> tuple[list[Line], str | None]:
    """The lines of an office document with its typed title (:func:`typed_title`) made the
    title line (``# …``), and that title; the paragraphs looked at are those before the
    first heading or numbered line, each known by its lines' ``where`` (``looks``: each
    paragraph's looks and count of characters by it, which tell the body's usual size and
    weight). The lines as they were and None when no title stands out."""
    order: list[str] = []
    texts: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            continue
        if text.startswith("#") or _NUMBERED.match(text) or PART.match(text):
            break
        if line.where not in texts:
            if len(order) == _HEADS:
                break
            order.append(line.where)
            texts[line.where] = []
        texts[line.where].append(index)
    heads = [(" ".join(" ".join(lines[k].text.split()) for k in texts[where]),
              looks.get(where, (Look(), 0))[0]) for where in order]
    chosen = typed_title(heads, body_size((look.size, chars) for look, chars in looks.values()),
                         bold_body(looks.values()))
    if chosen is None or order[chosen] not in looks:
        return lines, None
    at = texts[order[chosen]]
    title = heads[chosen][0]
    out = [*lines[:at[0]], Line("# " + title, lines[at[0]].where),
           *(line for k, line in enumerate(lines[at[0] + 1:], at[0] + 1) if k not in at)]
    return out, title
