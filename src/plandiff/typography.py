"""Typography is not change: one folding of the characters that differ only in how a text
was typeset or pasted.

:func:`fold` maps curly and straight quotes and apostrophes (and guillemets) to ``'`` and
``"``, every dash and minus variant to ``-``, non-breaking, thin and other fixed-width spaces
to a space, full-width digits, Latin letters and punctuation to ASCII, and removes soft
hyphens and zero-width characters. Every other character stays, one for one, so a position in
the folded text maps back to the original (:func:`fold_map`).
"""

from __future__ import annotations

__all__ = ["fold", "fold_map", "is_folded"]

_TABLE: dict[int, str] = {}
for _ch in "‘’‚‛′‹›`´":
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
_ASCII_KEYS = "".join(sorted(chr(k) for k in _KEYS if k < 128))
"""The ASCII characters :func:`fold` changes (the backtick)."""


def fold(text: str) -> str:
    """``text`` with typographic variants folded (see the module notes)."""
    return text.translate(_TABLE)


def is_folded(text: str) -> bool:
    """True when :func:`fold` would leave ``text`` as it is (the common, fast case)."""
    if text.isascii():
        return not any(ch in text for ch in _ASCII_KEYS)
    return not any(ord(ch) in _KEYS for ch in text)


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
    where.append(len(text))
    if where:
        where[0] = 0
    return "".join(out), where
