"""Ukrainian and Russian news pages' typography inside a point's words: no-break hyphens
(``&#8209;``) a page sets so a compound never breaks at a line's end. The words must match
another copy's typed with the plain hyphen. Texts are the project's own."""

from __future__ import annotations

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.pages import page as _page
from tests.plans.intake.pages import tree as _tree

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")


def test_no_break_hyphens_read_as_hyphens() -> None:
    """``будь&#8209;яких`` was ``будь‑яких`` (U+2011): no other copy's word."""
    uk = _page("<ol><li>Сторони відмовляються від будь&#8209;яких нових наступів.</li>"
               "<li>Північно&#8208;Атлантичний альянс не розширюється далі.</li></ol>", "uk")
    assert _tree(import_bytes(uk, "uk.html", ".html", REQUEST)) == [
        ("1", "Сторони відмовляються від будь-яких нових наступів."),
        ("2", "Північно-Атлантичний альянс не розширюється далі.")]
    ru = "1. Выборы переносятся из\u2011за военного положения.\n2. Обмен идёт поэтапно.\n"
    assert _tree(import_bytes(ru.encode(), "ru.txt", ".txt", REQUEST))[0] == (
        "1", "Выборы переносятся из-за военного положения.")
