"""A news page's time and byline glued together, as some pages' text comes out of them.

A Ukrainian or Russian news page sets its time and its writer in spans of their own
(``<span>14:20</span><span>Автор: …</span>``); copied, or read by a text extractor, they
run together, with no space between (``14:20Автор: Олена Петренко``), and often onto the
end of the line before (the headline: ``…плану США14:20Автор: …``, a point's last sentence:
``…соседей.12:05 Ирина Смирнова``). :func:`timed_byline` tells such a line;
:func:`glued_bylines` sets a glued span on a line of its own: under a point it is marked as
the page's text (to the version's notes), above the points it stays a plain line, the
headline's byline.

A byline with no time between two points, glued onto a point's sentence (``…all for
all.By Jane Roe, Reuters``) or on a line of its own (``Автор: Іван Петренко``), is the
page's furniture: left out, and counted; after the last point a glued one is set apart as
the page's text.
"""

from __future__ import annotations

import re

from plandiff.plans.intake.dating import stamp_line
from plandiff.plans.intake.lines import PAGE_TEXT, Line
from plandiff.plans.intake.markers import NUMBERED_LINE

__all__ = ["glued_bylines", "timed_byline"]

_LABEL = r"(?:[Аа]втор(?:ка)?|[Тт]екст|Author|By|by)"
_CAP = r"[A-ZА-ЯЁІЇЄҐ]"
_WORD = rf"{_CAP}[a-zа-яёіїєґ'’-]+"
_NAME = rf"{_WORD}(?:[ \t]+{_CAP}\.)?(?:[ \t]+{_WORD}){{1,2}}"
_SPAN = (rf"(?P<time>[0-2]?[0-9]:[0-5][0-9])[ \t]*(?:{_LABEL}(?:[ \t]*[:：—–-])?[ \t]*)?"
         rf"{_NAME}(?:[ \t]*(?:,|та|і|и|and|&)[ \t]*{_NAME})?")
_GLUED = re.compile(rf"^(?P<head>.*?(?:[^\W\d_]|[.!?…»”\"')]))(?P<span>{_SPAN})[ \t]*$")
"""A line ending in a time and a byline run onto it with no space (``…США14:20Автор: …``)."""
_ORG = rf"{_CAP}[\w.&'’-]*(?:[ \t]+{_CAP}[\w.&'’-]*){{0,2}}"
_BY = (rf"(?:By|Автор(?:ка)?[ \t]*[:：—–-]|Текст[ \t]*[:：—–-])[ \t]*{_NAME}"
       rf"(?:[ \t]*(?:,|та|і|и|and|&)[ \t]*{_NAME})?(?:,[ \t]*{_ORG})?")
_GLUED_BY = re.compile(rf"^(?P<head>.*?[.!?…»”\"')])(?P<span>{_BY})[ \t]*$")
"""A point's finished sentence with a byline and no time run onto it (``…all.By Jane
Roe, Reuters``, ``…всіх.Автор: Іван Петренко``)."""
_ALONE_BY = re.compile(rf"^[ \t]*{_BY}[ \t]*$")
"""A byline alone on its line: a label (``By``, ``Автор:``, ``Текст —``), one or two
names, an outlet or a place after a comma."""
_ALONE = re.compile(rf"^[ \t]*(?P<stamp>.*?){_SPAN}[ \t]*$")
"""A line of a time (a date before it) and a byline (``14:20Автор: …``, ``12:05 Jane
Doe``)."""
_TIME = re.compile(r"[0-9]:[0-5][0-9]")
"""What every such line holds: a line without it is passed over before the patterns above,
which try each place in the line, are tried (every line of a text goes through here)."""


def timed_byline(text: str) -> bool:
    """Whether ``text`` is a press copy's time (a date before it) and byline on one line,
    glued or not: ``14:20Автор: Олена Петренко``, ``21 листопада 2025, 14:20Автор …``,
    ``12:05 Jane Doe``."""
    found = _ALONE.match(text) if _TIME.search(text) else None
    if found is None:
        return False
    stamp = (found.group("stamp") + found.group("time")).strip()
    return stamp_line(stamp)


def _untimed(text: str) -> re.Match[str] | None:
    """A byline with no time (``By Jane Roe, Reuters``, ``Автор: Іван Петренко``) alone on
    the line or glued onto a finished sentence's end (``…all for all.By Jane Roe``)."""
    if "By" not in text and "втор" not in text and "Текст" not in text:
        return None  # every line of a text goes through here: no pattern tried
    return _ALONE_BY.match(text) or _GLUED_BY.match(text)


def glued_bylines(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], int, int]:
    """The lines with each time-and-byline span glued onto the end of a line's text set on a
    line of its own (see the module notes), and how many were; a byline between two points
    (:func:`_untimed`, a page's furniture) left out, and how many were."""
    out: list[Line] = []
    count = dropped = 0
    pointed = False
    last = next((index for index in range(len(lines) - 1, -1, -1)  # the last point's line:
                 if NUMBERED_LINE.match(lines[index].text)), -1)  # looked for from the end
    for index, line in enumerate(lines):
        text = line.text
        pointed = pointed or NUMBERED_LINE.match(text) is not None
        found = _GLUED.match(text) if _TIME.search(text) and not timed_byline(text) else None
        if found is None and pointed:
            by = _untimed(text)
            head = by.groupdict().get("head") if by is not None else None
            if by is not None and index < last:  # inside the list: the page's furniture
                dropped += 1
                if head:
                    out.append(Line(head, line.where))
                continue
            found = by if head else None
        if found is None or not found.group("head").strip():
            out.append(line)
            continue
        count += 1
        out.append(Line(found.group("head"), line.where))
        out.append(Line((PAGE_TEXT if pointed else "") + found.group("span"), line.where))
    return (tuple(out), count, dropped) if count or dropped else (lines, 0, 0)
