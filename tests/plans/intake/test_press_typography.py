"""Ukrainian and Russian news pages' typography inside a point's words: no-break hyphens
(``&#8209;``) a page sets so a compound never breaks at a line's end, and the apostrophe typed
three ways. The words must match another copy's typed plainly. Texts are the project's
own."""

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


def test_an_apostrophe_inside_a_ukrainian_word_is_one_character() -> None:
    """Outlets type the apostrophe of ``зобов'язання`` three ways (U+02BC, the
    orthography's; U+2019; the ASCII one the project's texts use): the copies' words did
    not match. An English word's and a quotation's marks stay as written."""
    text = ("1. Зобовʼязання сторін набирають чинності.\n"
            "2. Зобов’язання сторін щодо полонених.\n"
            "3. The parties’ monitors report on ‘the line’ monthly.\n")
    assert [t for _, t in _tree(import_bytes(text.encode(), "uk.txt", ".txt", REQUEST))] == [
        "Зобов'язання сторін набирають чинності.",
        "Зобов'язання сторін щодо полонених.",
        "The parties’ monitors report on ‘the line’ monthly."]
    page = _page("<ol><li>Сторони взаємо&shy;діють і зобов&#700;язуються діяти.</li>"
                 "<li>Обмін відбувається по&#8217;єднано.</li></ol>", "uk")
    assert [t for _, t in _tree(import_bytes(page, "uk.html", ".html", REQUEST))] == [
        "Сторони взаємодіють і зобов'язуються діяти.", "Обмін відбувається по'єднано."]
