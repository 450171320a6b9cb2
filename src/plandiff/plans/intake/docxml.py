"""WordprocessingML lookups shared by the modules of the .docx reader (:mod:`.docx`,
:mod:`.docxnumbering`, :mod:`.docxsymbols`): the main namespace, an element's attribute, a
child by path, an on/off property, a whole-number attribute value."""

from __future__ import annotations

from typing import Any

__all__ = ["W", "attr", "find", "int_value", "on"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
"""The WordprocessingML namespace, as ElementTree writes it in front of a tag or attribute."""


def attr(element: Any, name: str) -> str | None:
    """The value of attribute ``w:name`` of ``element`` (None when either is missing)."""
    if element is None:
        return None
    value = element.get(f"{W}{name}")
    return str(value) if value is not None else None


def find(element: Any, *path: str) -> Any:
    """The child at ``w:path[0]/w:path[1]/…`` of ``element`` (None when any step is missing)."""
    for name in path:
        if element is None:
            return None
        element = element.find(f"{W}{name}")
    return element


def on(element: Any) -> bool:
    """An on/off property (``w:vanish``, ``w:isLgl``) present and not switched off
    (``w:val="0"``, ``false``, ``off``)."""
    return element is not None and attr(element, "val") not in ("0", "false", "off")


def int_value(value: str | None, default: int = 0) -> int:
    """``value`` as an integer; ``default`` when it is missing or not a number."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
