"""Symbols a Word file inserts from the Symbol and Wingdings fonts (Insert → Symbol, and
Word's bullets), as the Unicode characters they show: a ``w:sym`` element, or a run in such a
font whose text holds the font's private-use characters (LibreOffice's .docx)."""

from __future__ import annotations

import re
from typing import Any

from plandiff.plans.intake.docxml import attr, find

__all__ = ["PRIVATE_USE", "symbol", "symbol_run"]


_SYMBOL_FONTS = {
    "symbol": {0x2D: "−", 0xA3: "≤", 0xA5: "∞", 0xAC: "←", 0xAD: "↑", 0xAE: "→", 0xAF: "↓",
               0xB0: "°", 0xB1: "±", 0xB3: "≥", 0xB4: "×", 0xB7: "•", 0xB8: "÷", 0xB9: "≠",
               0xBB: "≈", 0xBC: "…", 0xBE: "—", 0xD6: "√", 0xDC: "⇐", 0xDE: "⇒", 0xE0: "◊",
               0xE2: "®", 0xE3: "©", 0xE4: "™"},
    "wingdings": {0x6C: "●", 0x6E: "■", 0x71: "❑", 0x76: "❖", 0xA7: "▪", 0xD8: "➢",
                  0xE0: "→", 0xE8: "➔", 0xFB: "✗", 0xFC: "✓", 0xFD: "☒", 0xFE: "☑"},
}
"""What a symbol inserted from the Symbol or Wingdings font (``w:sym``, Insert → Symbol)
shows, as Unicode; a code outside the table is kept as Word stores it."""


def _shown(code: int, font: str) -> str:
    """The character code ``code`` of font ``font`` shows (see :data:`_SYMBOL_FONTS`)."""
    font = font.lower()
    table = next((t for name, t in _SYMBOL_FONTS.items() if font.startswith(name)), {})
    shown = table.get(code & 0xFF) if table and (code >= 0xF000 or code < 0x100) else None
    if shown is not None:
        return shown
    return chr(code) if 0 < code < 0x110000 else ""


def symbol(node: Any) -> str:
    """The character a ``w:sym`` element shows (Word's Insert → Symbol)."""
    try:
        code = int(attr(node, "char") or "", 16)
    except ValueError:
        return ""
    return _shown(code, attr(node, "font") or "")


PRIVATE_USE = re.compile("[\uf000-\uf0ff]")
"""A symbol font's characters as a run's text holds them (LibreOffice's .docx)."""


def symbol_run(text: str, run: Any) -> str:
    """A run's text in a symbol font with its private-use characters as they show."""
    font = attr(find(run, "rPr", "rFonts"), "ascii") or ""
    return PRIVATE_USE.sub(lambda m: _shown(ord(m.group()), font), text)
