"""Headings underlined in a text file: Markdown's setext headings (``Title`` / ``=====``,
``Part`` / ``-----``), reStructuredText's sections and its title, over- and underlined
(``====`` / ``Title`` / ``====``), and a plain e-mail's headings underlined so.

Read as they stand, the underline was words: the draft's title went to the notes as
``Title =====``, and a part's heading after a point ran into that point's text (``…
contract. Implementation ----``). :func:`underlined_headings` makes each a Markdown heading
(``# Title``, ``## Part``), a level for each underline in the order they first appear (as
reStructuredText counts them; Markdown's ``=`` before ``-``), the over- and underlines left
out. A heading's line stands apart (a blank line or an overline above it), opens no point
or item, and its underline is three marks or more, of ``=`` or ``-``, or of another mark at
least as long as the words (reStructuredText's rule): ``---`` under a point is a rule,
``~~~`` after a sentence's words underlines nothing.
"""

from __future__ import annotations

import re

from plandiff.plans.intake.lines import Line

__all__ = ["underlined_headings"]

_UNDERLINE = re.compile(r"^(?P<mark>[=\-~^\"'`#*+:._])(?P=mark){2,}[ \t]*$")
_OPENS = re.compile(r"^[ \t]*(?:[0-9]{1,3}[.)]|[(\[]?[a-zA-Z0-9]{1,3}[.)\]]|[-*+•][ \t]|#"
                    r"|[|>])")
"""A line that opens a point, an item, a heading, a table's row or a quote: no heading's."""
_MAX_HEADING = 120


def _heading_at(texts: list[str], index: int) -> tuple[str, int] | None:
    """The (mark, first line) of an underlined heading whose words are line ``index``,
    or None."""
    text = texts[index].strip()
    if not text or len(text) > _MAX_HEADING or index + 1 >= len(texts) \
            or _OPENS.match(texts[index]) or texts[index][:1] in " \t":
        return None
    under = _UNDERLINE.match(texts[index + 1])
    if under is None:
        return None
    mark = under.group("mark")
    if mark not in "=-" and len(texts[index + 1].rstrip()) < len(text):
        return None
    above = texts[index - 1] if index else ""
    if above.strip():
        if above.rstrip() != texts[index + 1].rstrip():
            return None
        return mark * 2, index - 1  # over- and underlined: a style of its own
    return mark, index


def underlined_headings(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], int]:
    """``lines`` with each underlined heading a Markdown heading (the module notes), and
    how many there were."""
    texts = [line.text for line in lines]
    if not any(_UNDERLINE.match(text) for text in texts):
        return lines, 0
    out = list(lines)
    styles: list[str] = []
    found = 0
    for index in range(len(texts)):
        heading = _heading_at(texts, index)
        if heading is None:
            continue
        style, first = heading
        if style not in styles:
            styles.append(style)
        level = min(styles.index(style) + 1, 6)
        found += 1
        for k in range(first, index + 2):
            out[k] = Line("", lines[k].where)
        out[index] = Line(f"{'#' * level} {texts[index].strip()}", lines[index].where)
    return tuple(out), found
