"""A lead-in run straight into the first item of its list, numbered ``(1)``, ``（１）``,
``①``, ``Point 1:``, ``Пункт 1.`` or ``第１項`` (``…次の通り。（１）キーウの…``, ``The draft
lists three points: (1) Kyiv …``, a paragraph copied with its intro and the first point).

:func:`first_item_cuts` tells where such a line is cut, with a one-line look-ahead; the
parser's :func:`~plandiff.plans.intake.reading.pieces`, which cuts a line before a point's
number run into it (``…20 points:1. …``, ``…次の通り。１．…``), is its one caller, so that
every run-in first item is cut in one place. :func:`split_bracketed_runs` cuts a line holding
a whole list run together in one sentence (``… that (1) both sides …; (2) monitors …; and
(3) …``), as a wire story quotes a plan's points.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from plandiff.plans.intake.bullets import CIRCLED
from plandiff.plans.intake.lines import LEAD_IN_WORDS, PAGE_TEXT, Line

__all__ = ["first_item_cuts", "split_bracketed_runs"]

_ITEM_MARK = (r"[(（][ \t]*(?P<digits>[0-9０-９]{1,2})[ \t]*[)）]"
              r"|(?P<circled>[\u2460-\u2473])(?![とのにをはがやもへ、，,・])"
              r"|(?P<word>point|item|article|paragraph|пункт|статья|стаття)[ \t]*"
              r"(?P<wnum>[0-9]{1,3})[ \t]*[.:：)–—-]?"
              r"|第(?P<janum>[0-9０-９]{1,3})(?P<kind>[項条])")
"""A list's item marks: a bracketed or circled number (not one a particle follows:
``①と②を`` refers to items), a word and a number (``Point 1:``, ``Пункт 1.``),
``第１項``."""
_LIST_MARK = re.compile(_ITEM_MARK, re.IGNORECASE)
_RUN_INTO = re.compile(
    rf"(?<=[.!?:;。．！？：；])[ \t\u3000]*(?P<mark>{_ITEM_MARK})"
    r"(?=[ \t\u3000]*(?:[^\W\d_]|[「『“\"'«]))", re.IGNORECASE)
"""An item mark right after a finished sentence or a colon, before a word."""


def _mark_value(match: re.Match[str]) -> tuple[str, int] | None:
    """A list mark's family (``bracketed``, ``circled``, its word, ``第…項``) and value
    (``int`` reads full-width digits as it reads ASCII ones)."""
    if match.group("circled"):
        return "circled", CIRCLED[match.group("circled")]
    if match.group("digits"):
        return "bracketed", int(match.group("digits"))
    if match.group("word"):
        return match.group("word").lower(), int(match.group("wnum"))
    if match.group("janum"):
        return match.group("kind"), int(match.group("janum"))
    return None


def first_item_cuts(text: str, following: str) -> list[int]:
    """Where ``text`` is cut when its lead-in runs into item 1 of a list (the start of the
    item's mark, then of each item after it in the line, each after a finished sentence and
    counting on), or none. It is cut when ``following`` (the next line that is not blank)
    opens with the item after the last one, as a run-in ``1.`` after a finished sentence is
    read, or when item 2 stands in the line too (``…次の通り。（１）A。（２）B。``). An inline
    list in a sentence (``agree: (1) to cease fire, (2) to …``) whose next line goes on
    otherwise is not cut."""
    first = _RUN_INTO.search(text)
    value = _mark_value(first) if first is not None else None
    if first is None or value is None or value[1] != 1 or not text[:first.start()].strip():
        return []
    family, count = value
    cuts = [first.start("mark")]
    for later in _RUN_INTO.finditer(text, first.end()):
        if _mark_value(later) == (family, count + 1):
            cuts.append(later.start("mark"))
            count += 1
    opening = _LIST_MARK.match(following.lstrip(" \t\u3000"))
    if len(cuts) < 2 and (opening is None or _mark_value(opening) != (family, count + 1)):
        return []
    return cuts


_BRACKETED = re.compile(r"(?<![^\s])\((?P<num>[0-9]{1,2})\)(?=[ \t]+(?:[^\W\d_]|[«“\"']))")
"""A bracketed number before a word, a space before it (``… that (1) both sides``)."""
_JOIN = re.compile(r"[ \t]*[;,.:][ \t]*(?:(?:and|or|и|та|і|й|а также)[ \t]+)?$", re.IGNORECASE)
"""What stands between two items run together: a semicolon, a comma or a stop, and a
conjunction before the last item (``…; and (4) …``, ``…, та (4) …``)."""


_LEAD_END = re.compile(rf"(?:{LEAD_IN_WORDS}|(?<![^\W\d_])(?:including|in[ \t]+particular"
                       r"|включаючи|зокрема|у[ \t]+тому[ \t]+числі|включая|в[ \t]+частности"
                       r"|в[ \t]+том[ \t]+числе)|[:：])[ \t]*,?[ \t]*$", re.IGNORECASE)
"""How a wire story's lead ends right before the run (``… sets out that (1) …``, ``… the
following: (1) …``, ``… передбачає, що (1) …``, ``… three conditions, namely (1) …``,
``… а саме (1) …``): a lead-in's words (:data:`~.lines.LEAD_IN_WORDS`), ``including``,
``in particular`` (``зокрема``, ``в частности``: an inline list's lead), or a colon."""
_SENTENCE_DONE = re.compile(r"[.!?][\"'”»)]*[ \t]*$")
_NEXT_ITEM = re.compile(r"^[ \t]*(?:(?:and|or|и|та|і|й)[ \t]+)?\([0-9]{1,2}\)", re.IGNORECASE)


def split_bracketed_runs(lines: list[Line], marked: Callable[[str], bool], *,
                         wrapped: bool = True, numbered: Callable[[str], bool] | None = None,
                         ) -> tuple[list[Line], list[str]]:
    """Lines holding a list's items run together in one sentence, as a wire story quotes
    them (``The draft sets out that (1) both sides …; (2) monitors …; and (3) …``), cut
    before each item: three items at least, numbered ``(1)``, ``(2)`` … in order, each after
    the one before with a semicolon, a comma or a stop (and a conjunction) between; the
    words before the first item a line of their own, each item keeping the separator after
    it (``…front;``, ``…all for all; and``), as a list typed an item a line keeps it. A
    ``wrapped`` text's sentence may run over several lines of its paragraph
    (:func:`_sentence_at`), read as one.
    In a draft with a line ``marked`` as a point's or an item's (a number, a keyword, a
    bullet) outside such sentences, only the wire story's shape is cut (:func:`_wire`): a
    run after a lead ending in ``that`` or a colon, its paragraph standing alone, not among
    the marked points (a ``numbered`` point's line both above and below it, or, in a list
    of bullets, a bullet); a point's own ``(1) …; (2) …`` sentence is left as written.
    Such a run after the ``numbered`` points, none below it, is a list of its own, not the
    last point's items: its lead is marked :data:`~plandiff.plans.intake.lines.PAGE_TEXT`
    (the notes, counted; it ends the last point) and its items numbered ``1.``, ``2.`` …,
    a list numbered from 1 again (a part of its own). A lead a reader already set outside
    the points (a web page's paragraph after its ``<ol>``) keeps its items with it.
    The lines and where each line cut was."""
    if not any("(1)" in line.text for line in lines) \
            or not any("(3)" in line.text for line in lines):
        return lines, []  # a quick pass: most drafts hold no such line
    found: list[tuple[int, int, str, list[re.Match[str]]]] = []
    at = 0
    while at < len(lines):
        if "(1)" not in lines[at].text:
            at += 1
            continue
        start, end = _sentence_at(lines, at, found[-1][1] if found else 0, wrapped, marked)
        text = " ".join(line.text.strip() for line in lines[start:end]) \
            if end - start > 1 else lines[at].text
        run = _counting_run(text, list(_BRACKETED.finditer(text)))
        if run is None:
            at += 1
            continue
        found.append((start, end, text, run))
        at = end
    if not found:
        return lines, []
    inside = {index for start, end, _, _ in found for index in range(start, end)}
    others = [index for index, line in enumerate(lines)
              if index not in inside and marked(line.text)]
    out: list[Line] = []
    cut: list[str] = []
    done = 0
    numbered = numbered or marked
    for start, end, text, run in found:
        out.extend(lines[done:start])
        done = start
        if others and not _wire(lines, start, end, text[:run[0].start()], others, marked,
                                numbered):
            continue  # a point's own sentence ("2. The parties agree that (1) …; (2) …")
        pieces = _cut(lines[start:end], text, [mark.start() for mark in run])
        if not pieces[0].text.startswith(PAGE_TEXT) \
                and any(numbered(lines[index].text) for index in others if index < start) \
                and not any(numbered(lines[index].text) for index in others if index >= end):
            pieces[0] = Line(PAGE_TEXT + pieces[0].text, pieces[0].where)  # after the list
            pieces[1:] = [Line(_BRACKETED.sub(r"\g<num>.", piece.text, count=1), piece.where)
                          for piece in pieces[1:]]
        out.extend(pieces)
        cut.append(lines[start].where)
        done = end
    out.extend(lines[done:])
    return out, cut


def _sentence_at(lines: list[Line], at: int, after: int, wrapped: bool,
                 marked: Callable[[str], bool]) -> tuple[int, int]:
    """Where the sentence holding the ``(1)`` of line ``at`` starts and ends: the line
    alone, or in a ``wrapped`` text the lines of its paragraph from the one after the
    last sentence ended (not before ``after``, nor a ``marked`` line's) to the one ending a
    sentence that no further item goes on from (``… all for all;`` / ``and (4) …``)."""
    if not wrapped:
        return at, at + 1
    start = at
    while start > after and lines[start - 1].text.strip() \
            and not _SENTENCE_DONE.search(lines[start - 1].text) \
            and not marked(lines[start - 1].text) and not marked(lines[start].text):
        start -= 1
    end = at + 1
    while end < len(lines) and lines[end].text.strip() and not (
            _SENTENCE_DONE.search(lines[end - 1].text)
            and not _NEXT_ITEM.match(lines[end].text)):
        end += 1
    return start, end


def _wire(lines: list[Line], start: int, end: int, lead: str, others: list[int],
          marked: Callable[[str], bool], numbered: Callable[[str], bool]) -> bool:
    """Whether the run in ``lines[start:end]`` has a wire story's shape in a draft whose
    lines ``others`` are marked: after a lead ending in ``that`` or a colon, the paragraph
    neither a marked line's (no marked line above it before a blank one) nor standing
    among the marked points (a marked line of one kind, ``numbered`` or not, both above and
    below it: numbered points above and a lead-in's bullets below are two lists, the run
    between them neither's)."""
    if _LEAD_END.search(lead) is None or any(
            marked(line.text) and _NEXT_ITEM.match(line.text) is None
            for line in lines[start:end]):
        return False
    above = start
    while above > 0 and lines[above - 1].text.strip():
        above -= 1
        if marked(lines[above].text):
            return False
    kinds_above = {numbered(lines[index].text) for index in others if index < start}
    kinds_below = {numbered(lines[index].text) for index in others if index >= end}
    return not kinds_above & kinds_below


def _cut(block: list[Line], text: str, starts: list[int]) -> list[Line]:
    """``text``, the lines of ``block`` joined, cut at ``starts``: the lead a line, then each
    item with the separator after it, each where the line it opens in is."""
    places: list[tuple[int, str]] = []
    offset = 0
    for line in block:
        places.append((offset, line.where))
        offset += len(line.text.strip()) + 1
    if len(block) == 1:
        places = [(0, block[0].where)]

    def where(index: int) -> str:
        return next(place for begin, place in reversed(places) if begin <= index)

    out: list[Line] = []
    head = text[:starts[0]].rstrip()
    if head:
        out.append(Line(head, block[0].where))
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        piece = text[start:end]
        out.append(Line(piece.rstrip(), where(start)))
    return out


def _counting_run(text: str, marks: list[re.Match[str]]) -> list[re.Match[str]] | None:
    """The marks ``(1)``, ``(2)`` … of ``text`` when they count on from 1 (three at least),
    each after a separator that ends the item before (:data:`_JOIN`); else None."""
    if len(marks) < 3 or [int(mark.group("num")) for mark in marks] != list(
            range(1, len(marks) + 1)):
        return None
    if any(_JOIN.search(text[before.end():mark.start()]) is None
           for before, mark in itertools.pairwise(marks)):
        return None
    return marks
