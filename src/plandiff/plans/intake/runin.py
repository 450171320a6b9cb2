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
from plandiff.plans.intake.lines import Line

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
_DROPPED = re.compile(r"[ \t]*(?:[;,][ \t]*)?(?:(?:and|or|и|та|і|й|а также)[ \t]+)?$",
                      re.IGNORECASE)
"""What of :data:`_JOIN` an item loses: the semicolon or comma and the conjunction; a full
stop ends the item's sentence and stays."""


def split_bracketed_runs(lines: list[Line], marked: Callable[[str], bool]
                         ) -> tuple[list[Line], list[str]]:
    """Lines holding a list's items run together in one sentence, as a wire story quotes
    them (``The draft sets out that (1) both sides …; (2) monitors …; and (3) …``), cut
    before each item: three items at least, numbered ``(1)``, ``(2)`` … in order in one
    line, each after the one before with a semicolon, a comma or a stop (and a conjunction)
    between; the words before the first item a line of their own, a semicolon or a comma
    and a conjunction between two items dropped. Only in a draft none of whose lines is
    ``marked`` as a point's or an item's (a number, a keyword, a bullet).
    The lines and where each line cut was."""
    if not any("(1)" in line.text and "(3)" in line.text for line in lines):
        return lines, []  # a quick pass: most drafts hold no such line
    if any(marked(line.text) for line in lines):
        # the draft numbers or bullets its points: a run of (1), (2), (3) is one point's own
        # sentence ("2. The parties agree that (1) …; (2) …"), left as written
        return lines, []
    out: list[Line] = []
    cut: list[str] = []
    for line in lines:
        marks = list(_BRACKETED.finditer(line.text)) if "(1)" in line.text else []
        run = _counting_run(line.text, marks)
        if run is None:
            out.append(line)
            continue
        cut.append(line.where)
        starts = [mark.start() for mark in run]
        head = line.text[:starts[0]].rstrip()
        if head:
            out.append(Line(head, line.where))
        for start, end in zip(starts, [*starts[1:], len(line.text)], strict=True):
            piece = line.text[start:end]
            out.append(Line(_DROPPED.sub("", piece) if end < len(line.text) else piece.rstrip(),
                            line.where))
    return out, cut


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
