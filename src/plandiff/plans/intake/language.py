"""The language of a draft, guessed from its letters: Japanese or Chinese, Korean, Ukrainian
or Russian, Arabic, Persian or Urdu, Hindi (Devanagari), Hebrew; English for the rest.
``--language`` says otherwise."""

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
_ARABIC = re.compile("(?!\\d)[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_URDU = re.compile("[ٹڈڑںےۓ]")
_PERSIAN = re.compile("[پچژگکی]")
_ARABIC_ONLY = re.compile("[يكة]")
_DEVANAGARI = re.compile("[\u0900-\u097f]")
_HEBREW = re.compile("[\u0590-\u05ff]")


def detect_language(text: str) -> str:
    """A BCP 47 language tag guessed from the letters of ``text`` (see the module notes)."""
    kana = len(_KANA.findall(text))
    cjk = kana + len(_HAN.findall(text))
    hangul = len(_HANGUL.findall(text))
    cyrillic = len(_CYRILLIC.findall(text))
    arabic = len(_ARABIC.findall(text))
    devanagari = len(_DEVANAGARI.findall(text))
    hebrew = len(_HEBREW.findall(text))
    other = len(_LETTER.findall(text)) - cjk - hangul - cyrillic - arabic - devanagari - hebrew
    best = max(cjk, hangul, cyrillic, arabic, devanagari, hebrew, other)
    if best <= 0 or other == best:
        return "en"
    if arabic == best:
        return _arabic_script(text)
    if devanagari == best:
        return "hi"
    if hebrew == best:
        return "he"
    if cjk == best:
        return "ja" if kana else "zh"
    if hangul == best:
        return "ko"
    return "uk" if len(_UKRAINIAN.findall(text)) > len(_RUSSIAN.findall(text)) else "ru"


def _arabic_script(text: str) -> str:
    """Urdu when its own letters (``ٹ``, ``ڈ``, ``ے`` …) are written; Persian when its ``ک``
    and ``ی`` (and ``پ``, ``چ``, ``ژ``, ``گ``) outnumber Arabic's ``ك``, ``ي`` and ``ة``; else
    Arabic."""
    if len(_URDU.findall(text)) >= 2:
        return "ur"
    return "fa" if len(_PERSIAN.findall(text)) > len(_ARABIC_ONLY.findall(text)) else "ar"
