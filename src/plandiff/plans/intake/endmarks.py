"""A press copy's end mark: the line a wire copy or a press release closes its text with
(``――以上――``, ``（以上）``, ``— END —``, ``(END)``, ``ENDS``, ``###``).

After the last point such a line ran into that point's text (``…swapped. — END —``), or,
opening with ``――``, was counted as an interviewer's line. :func:`end_marks` marks it with
:data:`END_MARK`; the parser puts it, and what follows it up to the next point (a press
office's boilerplate), in the version's notes as written, with a line in the report. A bare
``以上`` is a sign-off the concluding formula reads (:mod:`.formulas`). A Japanese end mark
right after a line's finished sentence (``…交換する。（了）``, ``…交換する。以上``; a bare
``以上`` only before a blank line or the text's end, a wrapped ``以上の…`` being text) is split
off onto a line of its own.

A rule alone on its line after a blank one or a point's line (Markdown's ``---``, a story's
``* * *``, ``⁂``) ends the point above it: :func:`thematic_breaks` leaves it out and marks
the line of text after it, unless that line opens a point or a heading, as the page's text
(:data:`~plandiff.plans.intake.lines.PAGE_TEXT`): an editors' note set apart from the list
of points went into the last point (and ``* * *`` opened a sub-point ``* *``).
"""

from __future__ import annotations

import re

from plandiff.plans.intake.lines import PAGE_TEXT, Line
from plandiff.plans.intake.markers import (
    GROUP_HEADING,
    HEADING,
    HEADING_NUMBER,
    PART,
    SECTION,
    TOP,
)

__all__ = ["END_MARK", "end_marks", "thematic_breaks"]

END_MARK = "\x19"
"""Put before an end mark's line: the parser reads it as the text's end (the module notes)."""

_DASHES = r"[-–—―─－‐=＝~〜]{1,4}"
_OWARI = r"(?:全文)?(?:おわり|終わり|終り)"
"""A Japanese paper's closing words after a full text (``（全文おわり）``, ``＝おわり＝``),
between dashes or in brackets as ``以上`` is."""
_CLOSING = (r"(?:That(?:'s|’s| is) all(?: (?:I|we) have| there is)?[.!]?"
            r"|End(?: of (?:the )?(?:document|text|statement|draft|plan|list|quote))?\.?"
            r"|Ends\.?|END OF (?:DOCUMENT|TEXT)\.?"
            r"|К(?:інець|онец) (?:документа|тексту|текста|цитати|цитаты)\.?"
            r"|以上(?:です|となります)。?)")
"""A closing line whose words say the text is over, as a reporter or an office closes a list
it quotes: ``That is all I have.``, ``End of document.``, ``Ends.``, ``Кінець документа``,
``Конец текста``, ``以上です。``; with a capital, alone on its line (``end.`` wrapped from a
sentence is its words)."""
_LINE = re.compile(
    r"^[ \t\u3000]*(?:"
    rf"(?:{_DASHES}|[(（【［\[<＜])[ \t\u3000]*(?:以上|{_OWARI})[ \t\u3000]*"
    rf"(?:{_DASHES}|[)）】］\]>＞])"
    rf"|(?:{_DASHES}|[(（\[［<＜])[ \t\u3000]*(?i:ends?|the end|конец|кінець)[ \t\u3000]*"
    rf"(?:{_DASHES}|[)）\]］>＞])"
    r"|END|ENDS|КОНЕЦ|КІНЕЦЬ"
    r"|#[ \t]?#[ \t]?#|＃[ \t\u3000]?＃[ \t\u3000]?＃"
    r"|[(（][ \t]*了[ \t]*[)）]"
    rf"|{_CLOSING}"
    r")[ \t\u3000]*$")
"""An end mark alone on its line: ``以上``, ``END`` (any case), ``конец`` or ``кінець``
between dashes or in brackets; ``END``, ``ENDS`` in capitals alone; three number signs
(a press release's ``###``); a Japanese wire's ``（了）``, a paper's ``（全文おわり）``; a
closing line's words (:data:`_CLOSING`)."""


_TAIL = re.compile(
    rf"(?<=[。！？])[ \t\u3000]*(?P<mark>(?:{_DASHES}|[(（【［\[<＜])?[ \t\u3000]*以上[ \t\u3000]*"
    rf"(?:{_DASHES}|[)）】］\]>＞])?|[(（][ \t]*了[ \t]*[)）]"
    rf"|(?:{_DASHES}|[(（【［\[<＜])[ \t\u3000]*{_OWARI}[ \t\u3000]*(?:{_DASHES}|[)）】］\]>＞]))"
    r"[ \t\u3000]*$")
"""A Japanese end mark closing a line after its finished sentence (``。（了）``, ``。以上``)."""


def end_marks(lines: list[Line]) -> list[Line]:
    """``lines`` with each end mark's line after some text marked with :data:`END_MARK`,
    a Japanese end mark closing a line put on a line of its own."""
    out: list[Line] = []
    seen = False
    for index, line in enumerate(lines):
        tail = _TAIL.search(line.text) if seen else None
        if tail is not None and tail.group("mark").strip(" \t\u3000") == "以上" \
                and index + 1 < len(lines) and lines[index + 1].text.strip():
            tail = None  # "…。以上" / "の条件で…": a wrapped sentence, unless the text ends
        if tail is not None and line.text[:tail.start()].strip():
            out.append(Line(line.text[:tail.start()], line.where))
            out.append(Line(END_MARK + tail.group("mark"), line.where))
        elif seen and _LINE.match(line.text):
            out.append(Line(END_MARK + line.text, line.where))
        else:
            out.append(line)
        seen = seen or bool(line.text.strip())
    return out


_RULE = re.compile(r"^[ \t\u3000]*(?:(?P<mark>[-*_—–─━＊])(?:[ \t]*(?P=mark)){2,}|⁂)[ \t\u3000]*$")
"""A rule: three or more of one mark (spaced or not), or an asterism."""


def _opens(text: str) -> bool:
    """Whether ``text`` opens a point or a heading (which a rule before it leaves be)."""
    return any(pattern.match(text) for pattern in (TOP, HEADING, HEADING_NUMBER, PART,
                                                     SECTION, GROUP_HEADING))


def thematic_breaks(lines: list[Line]) -> list[Line]:
    """``lines`` with each rule after a blank line or a point's line left out, the line of
    text after it marked as the page's text when a point came before and that line opens
    no point or heading (the module notes)."""
    if not any("-" in line.text or "*" in line.text or "_" in line.text
               or not line.text.isascii() for line in lines):
        return lines
    out = list(lines)
    pointed = False
    for index, line in enumerate(lines):
        text = line.text
        if TOP.match(text):
            pointed = True
        if _RULE.match(text) is None or (index and lines[index - 1].text.strip()
                                         and not TOP.match(lines[index - 1].text)):
            continue  # under a line of words: a heading's underline, or the words' own
        out[index] = Line("", line.where)
        after = next((k for k in range(index + 1, len(lines)) if lines[k].text.strip()), None)
        if pointed and after is not None and not _RULE.match(lines[after].text) \
                and not _opens(lines[after].text) and lines[after].text[:1] != PAGE_TEXT:
            out[after] = Line(PAGE_TEXT + lines[after].text, lines[after].where)
    return out
