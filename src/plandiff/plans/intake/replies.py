"""A reply's quoted earlier message below the new draft: the page's text, not more points.

A reply saved as an e-mail, or copied out of a mail client, holds the new draft first and
the earlier message under it: quoted line by line under its attribution (``On Tue, … Desk
<d@example.org> wrote:`` / ``> 1. …``, ``… пише:``, ``… написал(а):``), or under Outlook's
header block (``-----Original Message-----``, ``From:`` with ``Sent:`` and ``Subject:`` under
it, in English, Ukrainian or Russian). Read on, the earlier draft's points were a second run
(``numbering goes back``), or a copy left out only when they happened to share enough words
with the new ones. :func:`earlier_message` marks the earlier message, from its attribution
or header on, as the page's text (:data:`~plandiff.plans.intake.lines.PAGE_TEXT`: the
version's notes, as written) when the new part above it lists two points or more of its own
and the earlier message lists points too: any, when it is quoted line by line or set under a
mail client's rule or header block (a reply may quote the two points it answers); two or
more numbered from 1 again under an attribution alone (a web mail's ``<blockquote>``). A
forward whose own words list no points (``See below.``) is read as it was: the quoted draft
is the draft, and a message further down that the draft's own message answers (Outlook's
chain: the forwarder's note, the reply holding the points, the message asking for them) is
the earlier message. Set off as a message, an earlier message listing no points is the
page's text as well (``Could you send the latest wording?``), with the signature over it.
"""

from __future__ import annotations

import re

from plandiff.plans.intake.lines import PAGE_TEXT, Line
from plandiff.plans.intake.markers import NUMBERED_LINE, TOP, top_digits

__all__ = ["EARLIER_SAID", "QUOTE_MARKS", "earlier_message"]

EARLIER_SAID = ("a reply's earlier message under the new draft ({} line(s), from its attribution "
                "or header on) went to the version's notes: the new message lists its own "
                "points")
"""What the structure report says of it."""

QUOTE_MARKS = re.compile("^[ \u3000]{0,3}(?:[>\uff1e][ \u3000]?)+")
"""The quote marks opening a line of a forwarded or replied e-mail or a Markdown block quote
(``> ``, ``>> ``, ``> > ``; the full-width ``＞`` a Japanese input method types)."""
_ATTRIBUTION = re.compile(
    r"(?:\bwrote|\bschrieb|a écrit|пише|написа(?:в|ла|л)|писал(?:а)?|のメッセージ|書きました)"
    r"[ \t]*[:：][ \t]*$", re.IGNORECASE)
"""The line a mail client writes above the message it quotes (``On …, Desk <…> wrote:``)."""
_COLONS = frozenset(":：")
"""How an attribution ends: a line ending otherwise is passed over before the pattern is
searched for (it is searched from every place in the line)."""
_MAIL_WORDS = re.compile(r"@|\d{1,2}:\d{2}")
"""What a mail client's attribution holds (an address, a time): with it, the attribution
needs no quoted line under it (a web mail's HTML sets the earlier message in a
``<blockquote>``, whose lines carry no ``>``)."""
_ORIGINAL = re.compile(
    r"^[ \t]*(?:-{2,}[ \t]*(?:original message|forwarded message|исходное сообщение"
    r"|пересылаемое сообщение|оригінальне повідомлення|вихідне повідомлення"
    r"|переслане повідомлення)[ \t]*-{2,}|begin forwarded message:)[ \t]*$", re.IGNORECASE)
"""The rule a mail client sets above the message it quotes or forwards."""
_FROM = re.compile(r"^[ \t]*(?:\*\*)?(?:from|від|от|差出人)(?:\*\*)?[ \t]*[:：]", re.IGNORECASE)
_SENT = re.compile(r"^[ \t]*(?:\*\*)?(?:sent|date|надіслано|дата|отправлено|送信日時)"
                   r"(?:\*\*)?[ \t]*[:：]", re.IGNORECASE)
_SUBJECT = re.compile(r"^[ \t]*(?:\*\*)?(?:subject|to|тема|кому|件名|宛先)(?:\*\*)?[ \t]*[:：]",
                      re.IGNORECASE)
_RULE = re.compile(r"^[ \t]*(?:_{5,}|-{5,}|={5,})[ \t]*$")
"""The rule Outlook sets over a quoted message's header block (``________________``)."""
_HEADER_LINES = 5
"""How many lines Outlook's header block (``From:``, ``Sent:``, ``To:``, ``Cc:``,
``Subject:``) runs to at most."""


def _header_block(lines: list[Line], index: int) -> bool:
    """Whether ``From:`` at ``index`` opens a quoted message's header block: ``Sent:`` (or
    ``Date:``) and ``Subject:`` (or ``To:``) follow within a few lines."""
    if not _FROM.match(lines[index].text):
        return False
    below = [line.text for line in lines[index + 1:index + 1 + _HEADER_LINES]]
    return any(_SENT.match(text) for text in below) and any(_SUBJECT.match(text)
                                                           for text in below)


def _quoted_below(lines: list[Line], index: int) -> bool:
    """Whether the first line with text after ``index`` is quoted (``> …``)."""
    following = next((line.text for line in lines[index + 1:] if line.text.strip()), "")
    return QUOTE_MARKS.match(following) is not None


def _start(lines: list[Line], begin: int = 0) -> tuple[int, bool] | None:
    """Where the earlier message starts (its attribution, its header, or its first quoted
    line, two in a row), and whether it is set off as one (quoted line by line, or under a
    mail client's rule or header block; not an attribution alone over a web mail's
    ``<blockquote>``, whose lines carry no mark). From ``begin`` on (after a message a
    header block set off), only a header block or a rule starts one."""
    for index in range(begin, len(lines)):
        text = lines[index].text
        if _ORIGINAL.match(text) or _header_block(lines, index):
            if index and _RULE.match(lines[index - 1].text):
                return index - 1, True  # Outlook's rule over its header block
            return index, True
        if begin:
            continue
        if text.rstrip(" \t")[-1:] in _COLONS and _ATTRIBUTION.search(text) \
                and not QUOTE_MARKS.match(text):
            if _quoted_below(lines, index):
                return index, True
            if _MAIL_WORDS.search(text):
                return index, False
        if QUOTE_MARKS.match(text) and index + 1 < len(lines) \
                and QUOTE_MARKS.match(lines[index + 1].text):
            return index, True
    return None


_SIGNATURE_LINES = 3
_SIGNATURE_CHARS = 40


def _signature(lines: list[Line], start: int) -> int:
    """Where the sender's signature right above the earlier message starts (a paragraph of
    its own of a few short lines, no sentence and no number among them: ``Anna`` /
    ``Policy desk``), or ``start`` when there is none."""
    end = start
    while end and not lines[end - 1].text.strip():
        end -= 1
    first = end
    while first and lines[first - 1].text.strip():
        first -= 1
    block = [line.text.strip() for line in lines[first:end]]
    if not block or len(block) > _SIGNATURE_LINES or not first or any(
            len(text) > _SIGNATURE_CHARS or text[-1] in ".;:!?。" or NUMBERED_LINE.match(text)
            for text in block):
        return start
    return first


def _numbers(lines: list[Line]) -> list[str]:
    """The numbers of the lines that open a point, quote marks aside (``1. …``, and a
    draft's ``Article 1`` or ``Point 1`` on its own line: :data:`~.markers.TOP`)."""
    numbers: list[str] = []
    for line in lines:
        text = QUOTE_MARKS.sub("", line.text).lstrip()
        found = NUMBERED_LINE.match(text)
        if found is not None:
            numbers.append(found.group("num"))
        elif (top := TOP.match(text)) is not None and top.group("kw"):
            numbers.append(top_digits(top))
    return numbers


def earlier_message(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], int]:
    """``lines`` with a reply's earlier message under the new draft marked as the page's
    text, its quote marks taken off (the module notes), and how many lines it holds (0 when
    there is none)."""
    found = _start(list(lines))
    while found is not None:
        start, set_off = found
        before, after = _numbers(list(lines[:start])), _numbers(list(lines[start:]))
        if len(before) >= 2 and (set_off or (len(after) >= 2 and after[0] == "1")):
            break  # set off as a message, points or none; or an attribution over a new run
        # no points above, or none quoted under them: the message a forward quotes (the
        # draft itself), or the one further down that the draft's own message answers
        found = _start(list(lines), start + 2) if len(before) < 2 and set_off \
            and not QUOTE_MARKS.match(lines[start].text) else None
    if found is None:
        return lines, 0
    start = _signature(list(lines), start)
    above, below = list(lines[:start]), list(lines[start:])
    marked = [Line(PAGE_TEXT + QUOTE_MARKS.sub("", line.text), line.where)
              if QUOTE_MARKS.sub("", line.text).strip() and not _RULE.match(line.text)
              else Line("", line.where) for line in below]
    return (*above, *marked), sum(1 for line in marked if line.text)
