"""Line cleaning: what a line's characters are before the parser reads its marks.

Control characters and spaces other than the ASCII and ideographic ones become one space
(:func:`clean_line`); zero-width characters, soft hyphens and direction marks go, a Latin
ligature a PDF's copy keeps (``ﬁ``, ``ﬂ``, ``ﬃ``) reads as its letters, a no-break hyphen as
a hyphen, an apostrophe inside a Cyrillic word as ``'``, and a keycap emoji
number (``1️⃣``) reads as ``1. `` (:func:`plain_spaces`); Markdown's and messengers' bold
marks are not the text, around words (:data:`PAIRED_BOLD`) or around a point's number
(:func:`strip_bold`).
"""

from __future__ import annotations

import re
import unicodedata

from plandiff.plans.intake.bullets import SYMBOLS as _SYMBOLS

__all__ = ["PAIRED_BOLD", "PAIRED_EMPHASIS", "clean_line", "plain_spaces", "strip_bold"]

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f]")
"""Spaces other than the ASCII and ideographic ones (no-break, thin, figure ...): a pasted
``1.&nbsp;Text`` opens point 1 like ``1. Text``."""
_KEYCAP = re.compile(r"^(?P<indent>[ \t]*)(?:(?P<num>[0-9]{1,2})\ufe0f?\u20e3"
                     r"(?:(?P<second>[0-9])\ufe0f?\u20e3)?|\U0001f51f)[ \t]*")
"""A keycap emoji number (``1️⃣``, as Telegram channels number a plan's points; from 10 on
one keycap a digit, ``1️⃣2️⃣``, or ``🔟``): ``1. ``, ``12. ``."""
PAIRED_BOLD = re.compile(r"(?<![*\w\\])\*\*(?=[^\s*])(?P<a>[^*\n]*?[^\s*\\])\*\*(?![*\w])"
                         r"|(?<![_\w\\])__(?=[^\s_])(?P<b>[^_\n]*?[^\s_\\])__(?![_\w])")
"""Bold or italic words in a line (``**Sovereignty** is confirmed``, ``__a pact__``), as
Markdown and messengers (Telegram, WhatsApp) mark them: the marks are not the text. Marks
around a point's number (``**6.** Text``) go the same way."""
PAIRED_EMPHASIS = re.compile(r"(?<![*\w\\])\*(?=[^\s*])(?P<a>[^*\n]*?[^\s*\\])\*(?![*\w])"
                             r"|(?<![_\w\\])_(?=[^\s_])(?P<b>[^_\n]*?[^\s_\\])_(?![_\w])")
"""Words between single marks (``*Both sides*``, ``_a pact_``), as messengers (WhatsApp,
Telegram) mark bold and italic and Markdown marks italic: the marks are not the text. A
mark glued to a word on its outer side (``contact*``, ``snake_case``), with a space inside
(``5 * 3``) or escaped (Markdown's ``\\*all\\*``) is none."""
_INVISIBLE = re.compile(
    r"[\u00ad\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
"""Zero-width characters a web page or word processor leaves between words and markers: the
zero-width space, the word joiner, soft hyphens (U+00AD, a place a word may break; one at a line
end is read before this, :mod:`.hyphens`) and direction marks (U+200E, U+200F, the
embeddings U+202A … U+202E, the isolates U+2066 … U+2069), which a browser or Word copies
with the text and which would hide a point's number."""

_JOINERS = re.compile(r"[\u200c\u200d]+")
_JOINING = re.compile(r"[\u0590-\u08ff\u0900-\u0dff\u0f00-\u109f\u1780-\u17ff\ua980-\ua9df"
                      r"\ufb1d-\ufdff\ufe0f\ufe70-\ufefe\u2600-\u27bf\U0001f000-\U0001faff]")
"""The scripts whose words take a zero-width non-joiner or joiner (U+200C, U+200D: Persian's
half-space, the Indic scripts' conjuncts, an emoji sequence such as a family or a flag)."""


def _joiner(match: re.Match[str]) -> str:
    """A run of zero-width (non-)joiners kept beside a letter of a script that takes them,
    and dropped elsewhere: in a Latin or Cyrillic word (``Pris\u200coners``) or between
    words they are what a newsletter's template or a web page left in the copy, and the
    word matched no other copy's."""
    text, start, end = match.string, match.start(), match.end()
    return match.group() if _JOINING.match(text[start - 1:start]) \
        or _JOINING.match(text[end:end + 1]) else ""


_LIGATURES = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}
"""The Latin ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) as their letters: text copied out of a PDF keeps
them as one character each, and ``conﬁrmed`` matched no ``confirmed``."""
_LIGATURES |= {0x2010: "-", 0x2011: "-"}
"""The typographic hyphen and the no-break hyphen (U+2010, U+2011: ``&#8209;``, which a
Ukrainian or Russian news page sets in ``будь‑яких``, ``из‑за`` so the line never breaks
there) as the hyphen-minus every other copy types: the word matched no other copy's."""


def clean_line(line: str) -> str:
    return _SPACES.sub(" ", _CONTROL.sub(" ", line)).strip()


def strip_bold(rest: str, bold: str | None) -> str:
    rest = rest.strip()
    if bold and bold in rest:
        head, _, tail = rest.partition(bold)
        rest = f"{head.strip()} {tail.strip()}".strip()
    return rest


_ENCLOSED = re.compile(r"^(?P<indent>[ \t\u3000]*)(?P<mark>[\u2474-\u249b\u2776-\u2793"
                       r"\u24eb-\u24fe])")
"""A number enclosed another way than ``①`` opening a line: in brackets as one character
(``⑴`` … ``⒇``, as Japanese and Chinese documents number a list: read as ``(1)``), or white
on black or double-circled (``❶``, ``➊``, ``⓵``, ``⓫``, a slide deck's or a brochure's
points, with ``①`` or ``a)`` under them: read as ``1.``, as a keycap emoji is), or with its
stop (``⒈``: read as ``1.``)."""


def _enclosed(match: re.Match[str]) -> str:
    mark = match.group("mark")
    value = int(unicodedata.numeric(mark))
    if "\u2474" <= mark <= "\u2487":
        return f"{match.group('indent')}({value})"
    return f"{match.group('indent')}{value}. "


_EMOJI_BULLET = re.compile(rf"^([ \t\u3000]*[{_SYMBOLS}])[\ufe0e\ufe0f]")
"""A bullet sent as an emoji (``▪️``, ``➡️``: the character and the presentation selector
U+FE0F): the selector is not the text, and before a number it hid the number."""


_CYRILLIC_APOSTROPHE = re.compile(r"(?<=[\u0400-\u04ff])[\u2019\u02bc`](?=[\u0400-\u04ff])")
"""An apostrophe inside a Ukrainian or Belarusian word (``м’ясо``, ``зобовʼязання``), typed
as the right quotation mark, the modifier letter (U+02BC, the orthography's) or a grave: one
form, the ASCII ``'`` the project's texts write, so that two outlets' copies of the word
match."""


def plain_spaces(text: str) -> str:
    text = _EMOJI_BULLET.sub(r"\1", _ODD_SPACES.sub(" ", _JOINERS.sub(
        _joiner, _INVISIBLE.sub("", text)))).translate(_LIGATURES)
    if "\u2019" in text or "\u02bc" in text or "`" in text:
        text = _CYRILLIC_APOSTROPHE.sub("'", text)
    text = _ENCLOSED.sub(_enclosed, text)
    return _KEYCAP.sub(lambda m: f"{m.group('indent')}"
                       f"{(m.group('num') or '10') + (m.group('second') or '')}. ", text)
