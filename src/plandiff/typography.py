"""Typography is not change: one folding of the characters that differ only in how a text
was typeset or pasted.

:func:`fold` maps curly and straight quotes and apostrophes (the modifier letter ``ʼ`` of
``зобовʼязання`` too, and guillemets) to ``'`` and
``"``, every dash and minus variant to ``-``, non-breaking, thin and other fixed-width spaces
to a space, full-width digits, Latin letters and punctuation to ASCII, and removes soft
hyphens and zero-width characters, and a space between a Japanese or Chinese character and a
Latin letter or a digit (``平時に 80 万人``, the gap a layout sets there, pasted from a PDF as a
space; ``平時に80万人`` typed). Every other character stays, one for one, so a position in the
folded text maps back to the original (:func:`fold_map`).
"""

from __future__ import annotations

import re

__all__ = ["fold", "fold_map", "is_folded"]

_TABLE: dict[int, str] = {}
for _ch in "‘’‚‛′‹›`´ʼ":  # ʼ: U+02BC, the apostrophe Ukrainian orthography prescribes
    _TABLE[ord(_ch)] = "'"
for _ch in "“”„‟″«»":
    _TABLE[ord(_ch)] = '"'
for _ch in "‐‑‒–—―−﹘﹣－":
    _TABLE[ord(_ch)] = "-"
for _cp in (0x00A0, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000):
    _TABLE[_cp] = " "
for _cp in (0x00AD, 0x200B, 0x2060, 0xFEFF):
    _TABLE[_cp] = ""
for _cp in range(0xFF01, 0xFF5F):
    _TABLE.setdefault(_cp, chr(_cp - 0xFEE0))
_KEYS = frozenset(_TABLE)
_CJK = "[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]"
_GAP = re.compile(f"(?<={_CJK}) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9%]) (?={_CJK})")
"""A space between a Japanese or Chinese character (kana, kanji) and a Latin letter or a
digit, once folded: spacing, not a character of the text."""
_ASCII_KEYS = "".join(sorted(chr(k) for k in _KEYS if k < 128))
"""The ASCII characters :func:`fold` changes (the backtick)."""


def fold(text: str) -> str:
    """``text`` with typographic variants folded (see the module notes)."""
    folded = text.translate(_TABLE)
    return folded if folded.isascii() or " " not in folded else _GAP.sub("", folded)


def is_folded(text: str) -> bool:
    """True when :func:`fold` would leave ``text`` as it is (the common, fast case)."""
    if text.isascii():
        return not any(ch in text for ch in _ASCII_KEYS)
    return not any(ord(ch) in _KEYS for ch in text) and not _GAP.search(text)


def fold_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each position 0..len(folded), the position in ``text`` where
    it starts (the last entry is ``len(text)``; removed characters belong to the character
    after them)."""
    out: list[str] = []
    where: list[int] = []
    for index, ch in enumerate(text):
        folded = _TABLE.get(ord(ch), ch)
        if folded:
            out.append(folded)
            where.append(index)
    folded = "".join(out)
    if not folded.isascii() and " " in folded:
        gaps = {m.start() for m in _GAP.finditer(folded)}
        if gaps:
            out = [ch for i, ch in enumerate(out) if i not in gaps]
            where = [at for i, at in enumerate(where) if i not in gaps]
            folded = "".join(out)
    where.append(len(text))
    if where:
        where[0] = 0
    return folded, where
