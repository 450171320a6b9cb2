"""Furigana pasted in brackets: a Japanese page's ruby readings copied as text.

A Japanese news page for learners (and many a page for children) sets a reading over its
kanji (``<ruby>不可侵<rt>ふかしん</rt></ruby>``); the HTML reader takes the readings out.
Copied from a browser that shows no ruby, or from an app, they come as text in brackets
right after the word (``不可侵（ふかしん）合意``), and a draft compared with a copy without them
showed every reading as an insertion. :func:`pasted_readings` takes them out: a bracket of
hiragana alone right after a kanji, when the text has two such at least (a copy set with
readings, not one bracketed word).
"""

from __future__ import annotations

import re

from plandiff.plans.intake.lines import Line

__all__ = ["pasted_readings"]

_READING = re.compile(r"(?<=[\u3400-\u4dbf\u4e00-\u9fff々〆ヶ])[（(][\u3041-\u3096ー]{1,16}[）)]")
"""A reading in brackets right after a kanji: hiragana alone (``（ふかしん）``)."""
_READINGS = 2
"""How many readings a text set with them holds at least."""


def pasted_readings(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], int]:
    """The lines without the readings pasted in brackets after their kanji (see the module
    notes), and how many were taken out."""
    count = sum(len(_READING.findall(line.text)) for line in lines)
    if count < _READINGS:
        return lines, 0
    return tuple(Line(_READING.sub("", line.text), line.where) for line in lines), count
