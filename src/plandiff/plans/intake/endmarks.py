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
"""

from __future__ import annotations

import re

from plandiff.plans.intake.lines import Line

__all__ = ["END_MARK", "end_marks"]

END_MARK = "\x19"
"""Put before an end mark's line: the parser reads it as the text's end (the module notes)."""

_DASHES = r"[-–—―─－‐=＝~〜]{1,4}"
_LINE = re.compile(
    r"^[ \t\u3000]*(?:"
    rf"(?:{_DASHES}|[(（【［\[<＜])[ \t\u3000]*以上[ \t\u3000]*(?:{_DASHES}|[)）】］\]>＞])"
    rf"|(?:{_DASHES}|[(（\[［<＜])[ \t\u3000]*(?i:ends?|the end|конец|кінець)[ \t\u3000]*"
    rf"(?:{_DASHES}|[)）\]］>＞])"
    r"|END|ENDS|КОНЕЦ|КІНЕЦЬ"
    r"|#[ \t]?#[ \t]?#|＃[ \t\u3000]?＃[ \t\u3000]?＃"
    r"|[(（][ \t]*了[ \t]*[)）]"
    r")[ \t\u3000]*$")
"""An end mark alone on its line: ``以上``, ``END`` (any case), ``конец`` or ``кінець``
between dashes or in brackets; ``END``, ``ENDS`` in capitals alone; three number signs
(a press release's ``###``); a Japanese wire's ``（了）``."""


_TAIL = re.compile(
    rf"(?<=[。！？])[ \t\u3000]*(?P<mark>(?:{_DASHES}|[(（【［\[<＜])?[ \t\u3000]*以上[ \t\u3000]*"
    rf"(?:{_DASHES}|[)）】］\]>＞])?|[(（][ \t]*了[ \t]*[)）])[ \t\u3000]*$")
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
