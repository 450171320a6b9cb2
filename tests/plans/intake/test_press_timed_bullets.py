"""A live blog pasted as text, each entry a bullet opening with its time (``• 14:02 …``),
the plan's points (numbered or bulleted) under one entry: the other entries are the blog's,
never points or sub-points. Texts are the project's own."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from tests.plans.intake.pages import messages

REQUEST = DraftRequest(document="plan", version="2025-12-05-live")

_EN = ("Sovereignty is reaffirmed.", "A non-aggression accord is signed by all three.",
       "Firm security guarantees are given.")
_UK = ("Суверенітет підтверджується.", "Усі три сторони підписують угоду про ненапад.",
       "Надаються тверді гарантії безпеки.")


def _import(text: str) -> ImportedDraft:
    return import_bytes(text.encode(), "live.txt", ".txt", REQUEST)


def _blog(lead: str, items: str, entries: tuple[str, str, str, str]) -> str:
    return (f"Talks: live updates\n\n• 14:02 {entries[0]}\n• 13:45 {lead}\n{items}"
            f"• 13:30 {entries[2]}\n• 12:58 {entries[3]}\n")


_ENTRIES_EN = ("The envoy has arrived for talks.", "", "Air raid alerts sound in the east.",
               "The Kremlin says it has not seen the text.")
_ENTRIES_UK = ("Посланець прибув на переговори.", "", "На сході лунає повітряна тривога.",
               "У Кремлі кажуть, що не бачили тексту.")


@pytest.mark.parametrize(("lead", "items", "entries", "points"), [
    ("The framework's points as released:",
     "".join(f"• {n}. {p}\n" for n, p in enumerate(_EN, 1)), _ENTRIES_EN, _EN),
    ("The framework's points as released:",
     "".join(f"• {p}\n" for p in _EN), _ENTRIES_EN, _EN),
    ("Основні пункти рамкового плану:",
     "".join(f"{n}. {p}\n" for n, p in enumerate(_UK, 1)), _ENTRIES_UK, _UK),
], ids=["bulleted-numbers", "bullets", "uk-numbers"])
def test_the_blog_s_timed_entries_are_no_points(lead: str, items: str,
                                                 entries: tuple[str, str, str, str],
                                                 points: tuple[str, ...]) -> None:
    imported = _import(_blog(lead, items, entries))
    assert [(p.number, p.text) for p in imported.plan.walk()] == [
        (str(n), p) for n, p in enumerate(points, 1)]
    notes = imported.plan.notes or ""
    for said in (entries[0], entries[2], entries[3]):
        assert said in notes
    assert any("live blog pasted" in message for message in messages(imported))


def test_a_point_s_schedule_of_timed_bullets_stays() -> None:
    text = ("1. Talks open on Monday:\n• 10:00 Opening statements\n• 11:30 Working groups\n"
            "• 15:00 Closing session\n2. Monitors arrive a week later.\n")
    imported = _import(text)
    assert [p.number for p in imported.plan.walk()] == ["1", "1.1", "1.2", "1.3", "2"]
    assert imported.plan.points[0].points[0].text == "10:00 Opening statements"
