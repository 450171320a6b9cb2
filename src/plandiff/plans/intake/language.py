"""The language of a draft, guessed from its letters."""

from __future__ import annotations

import re

from plandiff._text import CYRILLIC, HAN, HANGUL, KANA, class_body

__all__ = ["detect_language"]

_KANA = re.compile(f"[{class_body(KANA)}]")
_HAN = re.compile(f"[{class_body(HAN)}]")
_HANGUL = re.compile(f"[{class_body(HANGUL)}]")
_CYRILLIC = re.compile(f"[{class_body(CYRILLIC)}]")
_UKRAINIAN = re.compile("[іїєґІЇЄҐ]")
_RUSSIAN = re.compile("[ыэъёЫЭЪЁ]")
_LETTER = re.compile(r"[^\W\d_]")


def detect_language(text: str) -> str:
    """A BCP 47 language tag guessed from the letters of ``text`` (see the module notes)."""
    kana = len(_KANA.findall(text))
    cjk = kana + len(_HAN.findall(text))
    hangul = len(_HANGUL.findall(text))
    cyrillic = len(_CYRILLIC.findall(text))
    other = len(_LETTER.findall(text)) - cjk - hangul - cyrillic
    best = max(cjk, hangul, cyrillic, other)
    if best <= 0 or other == best:
        return "en"
    if cjk == best:
        return "ja" if kana else "zh"
    if hangul == best:
        return "ko"
    return "uk" if len(_UKRAINIAN.findall(text)) > len(_RUSSIAN.findall(text)) else "ru"
