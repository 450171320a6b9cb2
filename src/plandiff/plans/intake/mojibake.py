"""A text whose UTF-8 was once read as Windows-1252 (or Latin-1) and saved again: mojibake.

A page copied through a tool that took its UTF-8 for Windows-1252 comes back valid UTF-8,
so nothing in its bytes says so: "Україна" is ``Ð£ÐºÑ€Ð°Ñ—Ð½Ð°``, "捕虜" ``æ•è™œ``. Each
character of such a run stands for one byte of the original (a browser's Windows-1252 keeps
the five bytes it has no letter for as C1 controls, Latin-1 all thirty-two), and the runs have
UTF-8's shape: a lead byte (``Ð``, ``æ``) and its continuation bytes. When such runs are most
of the text's characters outside ASCII (:data:`_GARBLED_SHARE`), and there are enough of them
(:data:`_MIN_RUNS`) that a quoted example or a typo in a right text is none, each run that is
UTF-8 byte for byte is read back (:func:`undo_mojibake`), twice at most (a text garbled twice).
A run that lost a byte on the way (a tool put U+FFFD for a byte it had no letter for:
``Ñ\ufffd`` was "с", "э" or "я"), or whose continuation a tool took out (a lead byte
left beside read-back letters), cannot be read back: it is one U+FFFD, and the reader warns.
Whether a text is garbled is asked of it without its long base64 runs (:func:`scanned_text`:
a saved page's inlined images, megabytes of ASCII no run can be in).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Ungarbled", "scanned_text", "undo_mojibake"]

_BYTE_OF: dict[str, int] = {chr(b): b for b in range(0x80, 0x100)}
_BYTE_OF.update({bytes([b]).decode("cp1252"): b for b in range(0x80, 0xA0)
                 if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)})
"""The byte each character of a garbled run stands for: Latin-1's, and Windows-1252's
letters and marks in 0x80–0x9F (``€``, ``‚``, ``œ``, ``™`` …)."""
_CONTINUATION = "".join(re.escape(ch) for ch, b in _BYTE_OF.items() if b < 0xC0)
_RUN = re.compile(f"(?:[\u00c2-\u00df][{_CONTINUATION}]|[\u00e0-\u00ef][{_CONTINUATION}]{{2}}"
                  f"|[\u00f0-\u00f4][{_CONTINUATION}]{{3}})+")
_LOST = re.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]{{0,2}}\ufffd")
"""A lead byte whose continuation was lost (U+FFFD in its place)."""
_STRAY = re.compile("(?<=[^\x00-\u024f\ufffd])[\u00c2-\u00f4]+"
                    "|[\u00c2-\u00f4]+(?=[^\x00-\u024f\ufffd])")
"""Lead bytes left beside read-back text: their continuation was dropped on the way (a C1
control a tool took out)."""
_BASE64 = re.compile(r"""([,"'(])[A-Za-z0-9+/]{256,}""")
"""A long base64 run after a ``data:`` URI's comma, a quote or a CSS ``url(``."""
_C1 = re.compile("[\x80-\x9f]")
_MIN_RUNS = 4
_GARBLED_SHARE = 0.5
_SAMPLE = 24


@dataclass(frozen=True)
class Ungarbled:
    """A text with its mojibake read back: the text, what the report should say (None when
    nothing was garbled), and whether that is a warning (bytes were lost on the way)."""

    text: str
    said: str | None = None
    lost: bool = False


def _garbled(text: str) -> tuple[int, int]:
    """How many runs look garbled in ``text`` and how many characters outside ASCII they
    and the lost ones hold, against all its characters outside ASCII (runs, share)."""
    runs = 0
    held = 0
    for match in _RUN.finditer(text):
        runs += 1
        held += len(match.group())
    for match in _LOST.finditer(text):
        runs += 1
        held += len(match.group())
    return runs, held


def scanned_text(text: str) -> str:
    """``text`` with its long base64 runs (:data:`_BASE64`) cut to the character before them:
    they are ASCII, so the garbled and lost runs in it are those in ``text``, one apart still,
    and so are its characters outside ASCII."""
    return _BASE64.sub(r"\1", text)


def _is_garbled(text: str) -> bool:
    text = scanned_text(text)
    runs, held = _garbled(text)
    if runs < _MIN_RUNS:
        return False
    outside = len(text) - len(text.encode("ascii", "ignore"))
    return held >= _GARBLED_SHARE * outside


def _read_back(match: re.Match[str]) -> str:
    run = match.group()
    try:
        return bytes(_BYTE_OF[ch] for ch in run).decode("utf-8")
    except UnicodeDecodeError:  # an overlong or surrogate shape: no UTF-8 after all
        return run


def undo_mojibake(text: str, what: str = "the page's text") -> Ungarbled:
    """``text`` with its UTF-8-read-as-Windows-1252 runs read back, when it is garbled;
    ``what`` names it in the report."""
    if not _is_garbled(text):
        return Ungarbled(text)
    sample = next((m.group()[:_SAMPLE] for m in _RUN.finditer(text)
                   if len(m.group()) > 2 and not _C1.search(m.group()[:_SAMPLE])), "")
    repaired = _RUN.sub(_read_back, text)
    if _is_garbled(repaired):  # garbled twice: read back once more (never a third time)
        repaired = _RUN.sub(_read_back, repaired)
    lost = len(_LOST.findall(repaired)) + sum(map(len, _STRAY.findall(repaired)))
    repaired = _STRAY.sub(lambda m: "\ufffd" * len(m.group()), _LOST.sub("\ufffd", repaired))
    shown = _RUN.sub(_read_back, sample)
    if lost:
        return Ungarbled(repaired, (
            f"{what} is garbled: its UTF-8 was read as Windows-1252 and saved again "
            f"('{sample}' for '{shown}'), and {lost} character(s) were lost on the way (\ufffd): "
            "read back where it could be; check the points against another copy"), lost=True)
    return Ungarbled(repaired, (
        f"{what} was UTF-8 read as Windows-1252 and saved again ('{sample}' for "
        f"'{shown}'): read back as UTF-8"))
