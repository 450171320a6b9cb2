"""A messenger chat or a channel's post pasted or exported as text.

A chat's message opens with its time and sender (WhatsApp's ``[12/1/25, 10:42 AM] Olena:
…`` and ``01.12.2025, 10:42 - Olena: …``, Telegram's ``Olena, [1 Dec 2025 at 10:42]:`` on a
line of its own, LINE's ``10:42⇥山田⇥…``, its tabs read as spaces).

The headers ran into the points (``…in stages. [12/1/25, 10:43 AM] Ivan: thanks!``), and a
point in a message of its own kept the next message's header (``…along the line.
01.12.2025 10:42 - Olena:``). :func:`chat_headers` reads a chat (two headers at least, or
one in WhatsApp's brackets): a header among the points is left out and its message's text
stands as its line; a header before the first point or after the last is a heading (``##
…``) with its message a line under it, so that the chat around the points goes to the
version's notes as written; a message with no text (``<Media omitted>``, ``This message was
deleted``) is its header alone, and the mark closing an edited one (``<This message was
edited>``) is left out. A chat's Markdown escapes a list's full stop (``1\\.``,
``**2\\.**``): the escape is left out.

A post marks a label with a messenger's bold (``*1.*``) or an emoji before it (``❌ 3.``,
``📌 Пункт 3.``), and sets words or digits in Unicode's mathematical bold and italic
letters (``𝟏.``, ``𝗣𝘂𝗻𝗸𝘁``), and a Japanese copy sets a mark before it (``■1．``): the
marks are left out, the styled letters read as the letters they style.
"""

from __future__ import annotations

import re
import unicodedata

from plandiff.plans.intake.lines import PAGE_TEXT, Line
from plandiff.plans.intake.markers import KEYWORDS

__all__ = ["chat_headers"]

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?"
_DATE = r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
_WHO = r"[^:\n\[\]]{1,40}?"
_HEADER = re.compile(
    rf"^[\u200e\u200f]?(?:\[{_DATE},?\s{_TIME}\]\s(?P<w1>{_WHO}):(?:\s|$)"
    rf"|{_DATE},?\s{_TIME}\s[-–]\s(?P<w2>{_WHO}):(?:\s|$)"
    rf"|(?P<w3>{_WHO}),\s\[[^\[\]\n]{{0,30}}\d{{1,2}}:\d{{2}}[^\[\]\n]{{0,12}}\]:?\s*$"
    r"|(?:午前|午後)?\d{1,2}:\d{2}(?:\t|[ ]{2,})(?P<w4>\S(?:[^\t\n]{0,38}?\S)?)(?:\t|[ ]{2,}))")
"""A message's header: its date, time and sender (the module notes)."""
_PLACEHOLDER = re.compile(
    r"^[ \t\u200e\u200f]*(?:<(?:media omitted|медиа отсутствуют|медіа пропущено|без медиафайлов"
    r"|без медіафайлів)>|(?:this message was deleted|you deleted this message"
    r"|(?:это |данное )?сообщение удалено|(?:це )?повідомлення видалено)\.?"
    r"|(?:image|video|audio|sticker|GIF|document) omitted"
    r"|<(?:attached|вложение|прикреплено|вкладення|添付)[ \t]*:[^<>\n]{1,200}>)[ \t]*$",
    re.IGNORECASE)
"""What a chat export writes for a message with no text: a file left out or attached (an
iPhone's ``<attached: 00000012-PHOTO-….jpg>``, after an invisible mark, U+200E), a deleted
message (``Это сообщение удалено.``)."""
_NUMBERED = re.compile(r"^[ \t]*(?:\d{1,3}[.)]|\d{1,3}\ufe0f?\u20e3|[①-⑳➊-➓])[ \t]*\S")


_NOTICE = re.compile(
    rf"^[\u200e\u200f]?(?:\[{_DATE},?\s{_TIME}\]\s(?:{_WHO}:\s)?|{_DATE},?\s{_TIME}\s[-–]\s)"
    r"[\u200e\u200f]?(?:messages and calls are end-to-end encrypted\b"
    r"|messages to this (?:group|chat) are now secured with end-to-end encryption\b"
    r"|сообщения и звонки защищены сквозным шифрованием|повідомлення (?:та|й|і) дзвінки "
    r"захищені наскрізним шифруванням|メッセージと通話はエンドツーエンド暗号化"
    rf"|(?:{_WHO}) (?:created group|changed the (?:subject|group description)|changed this "
    r"group's icon|joined using this group's invite link|left$|added |removed )"
    rf"|(?:{_WHO}) (?:создал\w{{0,2}} группу|добавил\w{{0,2}} |удалил\w{{0,2}} |вышел\w{{0,2}}$"
    r"|створи\w{1,3} групу|дода\w{1,3} |вийш\w{1,3}$))",
    re.IGNORECASE)
"""A WhatsApp export's own line, no member's: the notice that the chat is encrypted, a
group made or renamed, a member added, joining or leaving (``12/24/25, 09:41 - Olena
added Ivan``: no colon after the name)."""


_ESCAPED = re.compile(r"^([ \t]*(?:\*\*|__)?[0-9]{1,3})\\([.)])")
"""A list label with its full stop or bracket escaped (``1\\.``)."""
_DECORATED = re.compile(
    r"^([ \t]*)(?:\*(?=[0-9]{1,3}[.)]\*[ \t])|(?:[\u2600-\u27bf\u2b00-\u2bff\u25a0-\u25ff"
    r"\U0001f1e6-\U0001f1ff\U0001f300-\U0001faff]\ufe0f?[ \t]*)+(?=[0-9]{1,3}[.)][ \t]))"
    r"([0-9]{1,3}[.)])\*?")
"""A label in a messenger's bold (``*1.*``) or after emoji (``❌ 3.``, ``❗️1.``, a flag
``🇺🇦 1.``, a square ``▪️ 2.``)."""
_DECORATED_WORD = re.compile(
    r"^([ \t]*)(?:[\u2600-\u27bf\u2b00-\u2bff\u25a0-\u25ff\U0001f1e6-\U0001f1ff"
    r"\U0001f300-\U0001faff]\ufe0f?[ \t]*)+"
    rf"(?=(?:{KEYWORDS})[ \t]*(?:№[ \t]?|#)?[0-9]{{1,3}}\b|(?:#|№[ \t]?)[0-9]{{1,3}}\b)",
    re.IGNORECASE)
"""Emoji before a point's word or number sign (``📌 Пункт 3.``, ``👉 §3``, ``📍 #3``)."""
_GLUED_MARK = re.compile(r"^([ \t\u3000]*)[■□◆◇●○▼▽▲△★☆◎・][ \t]*"
                         r"(?=[0-9０-９]{1,3}(?:[.．)）]|[ \t\u3000]+[^\x00-\x7f]))")
"""A Japanese copy's mark set before a point's number (``■1．``, ``◆1 ``, ``・1　``): the
number is the label, as after an emoji (a number that numbers nothing, ``・3月``, keeps its
mark)."""
_STYLED = re.compile("[\U0001d400-\U0001d7ff]+")
"""Unicode's mathematical letters and digits, a post's bold and italic."""


_EDITED = re.compile(r"[ \t]*<(?:this message was edited|это сообщение (?:было )?изменено"
                     r"|повідомлення (?:було )?змінено|це повідомлення (?:було )?змінено)>[ \t]*$",
                     re.IGNORECASE)
"""What a chat export adds at the end of an edited message (``<This message was edited>``)."""


def _plain(text: str) -> str:
    # each pattern only where its mark can be (a line of plain ASCII words is most lines)
    if "<" in text:
        text = _EDITED.sub("", text)
    ascii_only = text.isascii()
    if not ascii_only and _STYLED.search(text):
        text = _STYLED.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    if "\\" in text:
        text = _ESCAPED.sub(r"\1\2", text)
    if not ascii_only or "*" in text:
        text = _DECORATED.sub(r"\1\2", text)
    if not ascii_only:
        text = _GLUED_MARK.sub(r"\1", _DECORATED_WORD.sub(r"\1", text))
    return text


def chat_headers(lines: list[Line]) -> tuple[list[Line], list[str], list[str]]:
    """``lines`` with a chat's message headers read, its escaped and decorated list labels
    and its styled letters made plain (the module notes), where each header left out
    stands, and where each of the app's own lines left out stood (:data:`_NOTICE`)."""
    notices = [line.where for line in lines if ":" in line.text and _NOTICE.match(line.text)]
    if notices:
        lines = [line for line in lines if ":" not in line.text or not _NOTICE.match(line.text)]
    lines, dropped = _headers([Line(plain, line.where) if (plain := _plain(line.text))
                               != line.text else line for line in lines])
    return lines, dropped, notices


def _quoted_messages(lines: list[Line], headers: list[int]) -> list[Line]:
    """``lines`` with the double quotes LINE's export sets round a message of several lines
    (``10:43⇥山田⇥"1. …`` / ``3. …"``, a quote inside doubled) taken off: the opening one
    went to the notes with its header, the closing one ended the last point."""
    out = list(lines)
    for at, index in enumerate(headers):
        found = _HEADER.match(lines[index].text)
        if found is None or not found.group("w4"):
            continue
        rest = lines[index].text[found.end():]
        if not rest.startswith('"') or rest.replace('""', "").count('"') % 2 == 0:
            continue  # a message of one line in quotes is quoted by its writer
        end = headers[at + 1] if at + 1 < len(headers) else len(lines)
        last = next((k for k in range(end - 1, index, -1) if lines[k].text.strip()), None)
        if last is None or not lines[last].text.rstrip().endswith('"'):
            continue
        out[index] = Line(lines[index].text[:found.end()] + rest[1:].replace('""', '"'),
                          lines[index].where)
        for k in range(index + 1, last + 1):
            text = lines[k].text.rstrip()[:-1] if k == last else lines[k].text
            out[k] = Line(text.replace('""', '"'), lines[k].where)
    return out


def _headers(lines: list[Line]) -> tuple[list[Line], list[str]]:
    """:func:`chat_headers` once the notices are out and the labels plain."""
    headers = [i for i, line in enumerate(lines) if ":" in line.text and _HEADER.match(line.text)]
    if any('"' in line.text for line in lines):
        lines = _quoted_messages(lines, headers)
    if len(headers) < 2 and not any(lines[i].text.lstrip("\u200e\u200f").startswith("[")
                                    for i in headers):
        return lines, []  # one "Name, [date time]:" may be a sentence; "[date, time] Name:" not
    rests = {i: lines[i].text[_HEADER.match(lines[i].text).end():]  # type: ignore[union-attr]
             for i in headers}
    numbered = [i for i, line in enumerate(lines)
                if _NUMBERED.match(rests.get(i, line.text))]
    if not numbered:
        return lines, []
    first, last = numbered[0], numbered[-1]
    asides = _asides(lines, headers, rests, set(numbered), first, last)
    out: list[Line] = []
    dropped: list[str] = []
    for index, line in enumerate(lines):
        if index not in rests:
            out.append(Line(PAGE_TEXT + line.text, line.where) if index in asides else line)
            continue
        header = line.text[:len(line.text) - len(rests[index])].strip()
        rest = rests[index].strip()
        if _PLACEHOLDER.match(rest):
            rest = ""  # "<Media omitted>", "This message was deleted": no text to read
        if first < index <= last or (index == first and not out):
            dropped.append(line.where)
            if rest:
                out.append(Line(PAGE_TEXT + rest if index in asides else rest, line.where))
            continue
        if index == first:  # the points' first message: its header closes the chat before
            out.extend([Line("", line.where), Line(f"## {header}", line.where),
                        Line("", line.where), Line(rest, line.where)])
            continue
        if index < first:  # a message before the points: its header stays with its text
            out.extend([Line("", line.where), Line(header, line.where)])
        else:
            out.extend([Line("", line.where), Line(f"## {header}", line.where)])
        if rest:
            out.append(Line(rest, line.where))
    return out, dropped


def _sender(text: str) -> str:
    """The sender a message's header names."""
    found = _HEADER.match(text)
    if found is None:
        return ""
    return " ".join(next((who for who in found.group("w1", "w2", "w3", "w4") if who),
                         "").split())


def _asides(lines: list[Line], headers: list[int], rests: dict[int, str], numbered: set[int],
            first: int, last: int) -> set[int]:
    """The lines that open another member's message among the points (``Ivan: was it 25
    km before?`` between two of Olena's messages listing them): a message whose first line
    with text numbers nothing, by another sender than the message with the last numbered
    line before it. Marked as the page's text, it and the rest of its message go to the
    version's notes, not into the point above it; a sender's own message going on with no
    number goes on with the point."""
    found: set[int] = set()
    poster = ""
    for at, index in enumerate(headers):
        end = headers[at + 1] if at + 1 < len(headers) else len(lines)
        opening = index if rests[index].strip() and not _PLACEHOLDER.match(rests[index]) \
            else next((k for k in range(index + 1, end) if lines[k].text.strip()), None)
        sender = _sender(lines[index].text)
        if first < index <= last and opening is not None and opening not in numbered \
                and poster and sender != poster:
            found.add(opening)
        if any(k in numbered for k in range(index, end)):
            poster = sender
    return found
