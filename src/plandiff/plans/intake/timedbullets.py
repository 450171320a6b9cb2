"""A live blog pasted as text with each entry a bullet opening with its time (``• 14:02 The
envoy has arrived …``), the plan's points among them.

The text reader knows a pasted live blog by its entries' stamps alone on their lines
(``14:40 GMT`` over the entry): the entries that are not the plan's go to the notes.
Copied from a page that bullets its entries, the stamp opens the bullet instead, and the
entries after the plan's points were read as sub-points of the last (or, with the plan
bulleted too, every entry as a point). :func:`timed_bullets` sets such a stamp on a line
of its own, after a blank line, with the entry's words under it without the bullet: the
shape the reader knows.
"""

from __future__ import annotations

import re
from itertools import pairwise

from plandiff.plans.intake.bullets import BULLET_LINE
from plandiff.plans.intake.lines import Line

__all__ = ["timed_bullets"]

_ENTRY = re.compile(
    r"^(?P<stamp>[0-2]?[0-9][:.][0-5][0-9](?:[ \t]*(?:am|pm|a\.m\.|p\.m\.))?"
    r"(?:[ \t]+(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|ET|EST|EDT|JST))?)"
    r"(?:[ \t]*[-–—|·:][ \t]*|[ \t]+)(?P<rest>[^\W\d_«“\"'„「].*)$", re.IGNORECASE)
"""A bullet's words opening with a time and going on with the entry's words (``14:02 The
envoy …``, ``13:45 – Київ оприлюднив …``); not a time alone, nor a range (``10:00-12:00``)."""
_ENTRIES = 3
"""A live blog has three timed entries at least."""


def _minutes(stamp: str) -> int:
    hours, minutes = re.split(r"[:.]", stamp[:5].strip(), maxsplit=1)
    return int(hours) * 60 + int(minutes[:2])


def timed_bullets(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], int]:
    """The lines with each timed bullet of a pasted live blog set as its stamp over its
    words (see the module notes), and how many were. A live blog: three such bullets at
    least, their times all falling (newest first) or all rising, and not all on lines in a
    row (a schedule's items are: ``• 10:00 Opening`` / ``• 11:30 Talks``)."""
    found: list[tuple[int, re.Match[str], int]] = []
    for index, line in enumerate(lines):
        bullet = BULLET_LINE.match(line.text)
        entry = _ENTRY.match(bullet.group("rest")) if bullet is not None else None
        if entry is not None:
            found.append((index, entry, _minutes(entry.group("stamp"))))
    if len(found) < _ENTRIES:
        return lines, 0
    times = [minutes for _, _, minutes in found]
    steps = list(pairwise(times))
    if not (all(a >= b for a, b in steps) or all(a <= b for a, b in steps)):
        return lines, 0
    if found[-1][0] - found[0][0] == len(found) - 1:
        return lines, 0
    out = list(lines)
    for index, entry, _ in reversed(found):
        where = lines[index].where
        out[index:index + 1] = [Line("", where), Line(entry.group("stamp"), where),
                                Line(entry.group("rest"), where)]
    return tuple(out), len(found)
