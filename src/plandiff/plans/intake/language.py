"""The language of a draft, guessed from its letters."""

from __future__ import annotations

import re

__all__ = ["detect_language"]

_KANA = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f\u3005-\u3007]")
_HANGUL = re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_CYRILLIC = re.compile("[\u0400-\u052f]")
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
