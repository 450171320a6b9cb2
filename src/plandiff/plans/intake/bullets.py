"""Bullets: which characters open a bulleted line, items run together on one line with a
mark before each (``和平案の内容は▽A、▽B、▽Cなど``, as Japanese news pages list a plan's
points), the reporter's words closing such a list (run into its last item, or in a line of
their own after it), and a bulleted list read as the points of a draft that numbers none.

The parser reads a bulleted line under a point as a sub-point
(:mod:`plandiff.plans.intake.reading`); this module only finds the marks and reshapes lines.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from plandiff.plans.intake.lines import Line

__all__ = ["BULLETS", "BULLET_LINE", "CIRCLED", "DASH_ITEM", "SYMBOLS", "number_bullets",
           "reported_closing", "split_run_in_items"]

_SPACED = "-*+–‒−"
"""Marks that are a bullet only with a space after them ("-5%", "*stress*" are text)."""
_SYMBOLS = ("•→・◦▪‣●○◯◎■□➢►·∙⁃◆◇▸➤✓✔▽▼▶▷"
            "\uf0b7\uf0a7\uf0d8\uf076\uf0fc"
            "▫◾◽➡✅☑\U0001f539\U0001f538\U0001f537\U0001f536\U0001f53a\U0001f53b"
            "\U0001f7e2\U0001f534\U0001f535")
"""Marks that are a bullet also right before a word (``▽ウクライナの主権``, ``・停戦``);
``·`` and the private-use ones (U+F0B7 …) are what Word's Symbol and Wingdings bullets
become when a list is copied out of Word or a PDF made from it; the emoji ones (``▪️``,
``🔹``, ``✅``, ``➡️``, ``🔴``) are how messengers' channels (Telegram) bullet a list, the
emoji's presentation selector U+FE0F dropped (:func:`~.cleaning.plain_spaces`). Not the em
dash: it opens a quotation's speaker (``— A negotiator, in Geneva``) and a line of
dialogue."""
BULLETS = _SPACED + _SYMBOLS
SYMBOLS = _SYMBOLS
"""Every bullet mark (the parser also allows one before a point's number: ``• 1.``)."""
BULLET_LINE = re.compile(
    rf"^(?P<indent>[ \t\u3000]*)(?:[{re.escape(_SPACED)}][ \t\u3000]+"
    rf"|[{_SYMBOLS}][\ufe0e\ufe0f]?[ \t\u3000]*|〇(?![〇\s])|o(?:\t|[ ]{{2,}}))(?P<rest>\S.*)$")
"""A bulleted line (an emoji bullet with its presentation selector, ``▪️``, too); ``o`` and
a tab (read as spaces) is Word's second-level bullet copied as
text; ``〇`` (the kanji zero, which a Japanese input method gives for "まる" as often as ``○``)
right before a word, as Japanese government papers bullet their items (``〇〇省`` is a
placeholder's text, and a kanji number ``〇`` stands in no item's place)."""

DASH_ITEM = re.compile(r"^(?P<indent>[ \t\u3000]*)[—―][ \t\u3000]+(?P<rest>\S.*)$")
"""A line opening with an em dash: an item of a list only under a lead-in (Russian and
Ukrainian texts list ``— прекратить огонь;`` so); elsewhere a quotation's speaker or a line of
dialogue (the reader decides by the line before)."""

_RUN_IN = "▽▼◇◆■●"
"""Marks a news page sets before each item of a list run into one paragraph."""
_RUN_IN_ITEM = re.compile(rf"(?P<mark>[{_RUN_IN}])")
_ITEM_END = re.compile(r"[\s、，,;；]+$")
_REPORTED_TAIL = re.compile(
    r"(?<=[^\s▽▼◇◆■●])(?P<tail>(?:など|等)(?:と(?:して|なって|されて)(?:います|いる|いた|いました)"
    r"|とした|となった|とされる|が盛り込まれ(?:ています|ている|た|ました)"
    r"|が含まれ(?:ています|ている|る)|の内容(?:です|だ)|が柱(?:です|となっています))。?)$")
"""How a Japanese news sentence closes a run-in list after its last item (``…しないなどとして
います。``, ``…などが盛り込まれています``): the reporter's words, not the item's. Only such
reporting phrases: ``…ことなどを約束します`` is the item's own promise."""


CIRCLED = {chr(0x2460 + k): k + 1 for k in range(20)} \
    | {chr(0x3251 + k): k + 21 for k in range(15)} | {chr(0x32B1 + k): k + 36 for k in range(15)}
"""Circled numbers ① … ㊿ and their values."""
_CIRCLED_ITEM = re.compile("[" + "".join(CIRCLED) + "](?![とのにをはがやもへ、，,・])")
"""A circled number opening an item; one followed by a particle is referred to (``①と②を``)."""


def _circled_cuts(lines: Sequence[Line]) -> list[set[int]]:
    """Where, in each line, a circled number inside the line opens an item run into it
    (``和平案は①A、②B、③C``; ``①A。②B。``): it counts on by one from the circled number
    before it in the draft (at a line's start or inside one), or it is a first one (``①``)
    that the next circled number in its line counts on from."""
    cuts: list[set[int]] = []
    last: int | None = None
    for line in lines:
        here: set[int] = set()
        start = len(line.text) - len(line.text.lstrip(" \t\u3000"))
        marks = list(_CIRCLED_ITEM.finditer(line.text))
        for k, mark in enumerate(marks):
            value = CIRCLED[mark.group()]
            if mark.start() > start:
                following = CIRCLED[marks[k + 1].group()] if k + 1 < len(marks) else None
                if (last is not None and value == last + 1) \
                        or (value == 1 and following == 2):
                    here.add(mark.start())
                else:
                    continue
            last = value
        cuts.append(here)
    return cuts


def split_run_in_items(lines: tuple[Line, ...] | list[Line]
                       ) -> tuple[list[Line], int, list[Line]]:
    """Items run together after a repeated mark (``▽A、▽B、▽C``) as one line each: a mark
    of :data:`_RUN_IN` used two times or more in the draft opens a new line wherever it
    stands inside one (after a particle too: ``和平案には▽A、▽B``), and so does a circled
    number that counts on (``①A。②B。``, :func:`_circled_cuts`), the separator before it
    dropped. A paragraph wrapped over several lines (a PDF, pasted text) splits
    the same way. How many lines were split, and the reporter's closing words cut off the
    last item of a split line (:data:`_REPORTED_TAIL`), for the notes."""
    if not any(_RUN_IN_ITEM.search(line.text) or _CIRCLED_ITEM.search(line.text)
               for line in lines):
        return list(lines), 0, []  # no mark to split at (most drafts): one quick pass
    found = [list(_RUN_IN_ITEM.finditer(line.text)) for line in lines]
    uses: dict[str, int] = {}
    for marks in found:
        for mark in marks:
            uses[mark.group("mark")] = uses.get(mark.group("mark"), 0) + 1
    circled = _circled_cuts(lines)
    out: list[Line] = []
    tails: list[Line] = []
    split = 0
    for line, marks, counted in zip(lines, found, circled, strict=True):
        inside = sorted({m.start() for m in marks
                         if m.start() > len(line.text) - len(line.text.lstrip())
                         and uses[m.group("mark")] >= 2} | counted)
        if not inside:
            out.append(line)
            continue
        split += 1
        indent = line.text[:len(line.text) - len(line.text.lstrip(" \t\u3000"))]
        cuts = [len(indent), *inside, len(line.text)]
        for start, end in itertools.pairwise(cuts):
            piece = _ITEM_END.sub("", line.text[start:end]).strip()
            tail = _REPORTED_TAIL.search(piece) if end == len(line.text) else None
            if tail is not None:
                tails.append(Line(tail.group("tail"), line.where))
                piece = piece[:tail.start()]
            if piece:
                out.append(Line(indent + piece, line.where))
    return out, split, tails


_CLOSING = re.compile(
    r"(?:(?:など|等)(?:と(?:して|なって|されて)(?:います|いる|いた|いました)|とした|となった"
    r"|とされる)|と(?:して|なって)(?:います|いる)|が盛り込まれ(?:ています|ている|た|ました)"
    r"|が含まれ(?:ています|ている|る)|の内容(?:です|だ)|が柱(?:です|となっています))。[」』]?$")
"""How a Japanese news paragraph of its own after a bulleted list ends when it is the
reporter's (``…などとしています。``, ``…が盛り込まれています。``): a whole sentence, so its
closing ``。`` too."""
_SENTENCE_END = "。！？!?」』"


def reported_closing(lines: tuple[Line, ...] | list[Line]) -> tuple[list[Line], list[Line]]:
    """The reporter's closing words in a paragraph of their own right after a bulleted list
    of two items or more (``▽A`` / ``▽B`` one a line, then ``…などとしています。``): taken
    out of the lines (they are not the last item's second paragraph), for the notes. The
    paragraph is its own when a blank line sets it apart, or when the last item's line
    cannot have wrapped into it (it ends a sentence, or is shorter than the list's longest
    line: pasted text wraps at one width); a line indented under the item stays."""
    out: list[Line] = []
    tails: list[Line] = []
    widths: list[int] = []
    last: re.Match[str] | None = None
    gap = False
    k = 0
    while k < len(lines):
        line = lines[k]
        bullet = BULLET_LINE.match(line.text)
        if bullet is not None:
            widths.append(len(bullet.group("rest").rstrip()))
            last, gap = bullet, False
        elif not line.text.strip():
            gap = gap or last is not None
        elif last is not None:
            end = k
            while end < len(lines) and lines[end].text.strip() \
                    and BULLET_LINE.match(lines[end].text) is None:
                end += 1
            text = "".join(lines[n].text.strip() for n in range(k, end))
            item = last.group("rest").rstrip()
            indent = len(line.text) - len(line.text.lstrip(" \t\u3000"))
            own = gap or item[-1:] in _SENTENCE_END or len(item) + 2 <= max(widths)
            closing = len(widths) >= 2 and own and indent <= len(last.group("indent")) \
                and _CLOSING.search(text) is not None
            widths, last = [], None
            if closing:
                tails.append(Line(text, line.where))
                k = end
                continue
        out.append(line)
        k += 1
    return out, tails


def _dash_items(lines: Sequence[Line], between: Callable[[str], bool]
                ) -> list[tuple[int, re.Match[str]]]:
    """The em-dash items of a draft that has no other bullets: each run of two or more lines
    opening with an em dash right under a lead-in ending in a colon (``Ключові положення:`` /
    ``— …;``), as a Ukrainian or Russian text or a Telegram post lists a plan's points; a
    news agency's page sets each in a paragraph of its own (blank lines between, a
    cross-link's line between two of them: ``between`` tells it)."""
    found: list[tuple[int, re.Match[str]]] = []
    k = 0
    while k < len(lines):
        lead = lines[k].text.rstrip()
        k += 1
        if not lead.endswith((":", "：")):
            continue
        run: list[tuple[int, re.Match[str]]] = []
        while True:
            after = k
            while after < len(lines) and (not lines[after].text.strip() or (
                    run and between(lines[after].text))):
                after += 1  # a blank line, a cross-link ("Читайте также: …") between items
            m = DASH_ITEM.match(lines[after].text) if after < len(lines) else None
            if m is None:
                break
            run.append((after, m))
            k = after + 1
        if len(run) >= 2:
            found.extend(run)
    return found


def _marked_headline(lines: tuple[Line, ...] | list[Line],
                     found: list[tuple[int, re.Match[str]]]) -> bool:
    """Whether the first bulleted line is a channel's headline, not an item: the text's
    first line, its mark (``🔴``, ``⚡``) used by no other line, over two items or more that
    all share another mark (``🔹``)."""
    if len(found) < 3 or any(line.text.strip() for line in lines[:found[0][0]]):
        return False
    marks = [lines[k].text[len(m.group("indent"))] for k, m in found]
    return len(set(marks[1:])) == 1 and marks[0] != marks[1]


def number_bullets(lines: tuple[Line, ...] | list[Line],
                   between: Callable[[str], bool] = lambda _: False) -> tuple[list[Line], int]:
    """A draft that numbers no point but has a bulleted list: the list's items at its least
    indented level numbered ``1.``, ``2.`` … in order (deeper items stay bullets: sub-points),
    and how many were numbered (0, and the lines unchanged, when fewer than two). With no
    bullets, em-dash items under a lead-in ending in a colon are the list (:func:`_dash_items`;
    ``between``: a line that may stand between two of them, the page's aside)."""
    found = [(k, m) for k, line in enumerate(lines)
             if (m := BULLET_LINE.match(line.text)) is not None]
    if len(found) < 2:
        found = _dash_items(lines, between)
    if len(found) < 2:
        return list(lines), 0
    if _marked_headline(lines, found):  # "🔴 Главное о плане" over "🔹 …" / "🔹 …"
        found = found[1:]
    top = min(len(m.group("indent").expandtabs(4)) for _, m in found)
    out = list(lines)
    count = 0
    for k, m in found:
        if len(m.group("indent").expandtabs(4)) == top:
            count += 1
            out[k] = Line(f"{m.group('indent')}{count}. {m.group('rest')}", lines[k].where)
    return out, count
