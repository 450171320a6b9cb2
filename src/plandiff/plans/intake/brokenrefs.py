"""A cross-reference whose target is gone, as an office suite shows it: the error text Word
or LibreOffice writes as the field's result where the number it named stood ("see point
Error! Reference source not found."). The point's text keeps what the document shows; the
structure report warns, naming the point, so the lost reference is not passed over.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["broken_references"]

_SHOWN = re.compile(
    r"Error! (?:Reference source not found|Bookmark not defined|No text of specified style"
    r" in document)\.?"
    r"|Error: Reference source not found"
    r"|Ошибка! (?:Источник ссылки не найден|Закладка не определена)\.?"
    r"|Помилка! (?:Джерело посилання не знайдено|Закладку не визначено)\.?"
    r"|エラー! (?:参照元が見つかりません|ブックマークが定義されていません)。?")
"""The error texts Word (English, Russian, Ukrainian, Japanese) and LibreOffice show for a
reference field whose bookmark is gone."""


def broken_references(points: Iterable[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """The structure report's warnings (where, what) for the points (number, where, text:
    title and text) that show a broken cross-reference's error text, one a point."""
    out = []
    for number, where, text in points:
        found = _SHOWN.search(text)
        if found is not None:
            out.append((where, f"point {number} shows a broken cross-reference "
                        f"(“{found.group(0)}”): the bookmark or heading it named is gone, "
                        "so the document prints this error where the reference stood; the "
                        "text keeps it as shown"))
    return out
