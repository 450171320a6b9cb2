"""A news page's time and byline run together with no space (``14:20Автор: …``, ``12:05
Ann Writer``), as the text of some Ukrainian and Russian pages comes out of their spans:
alone under (or over) the headline, glued to the headline's end, or to a point's last
sentence. Never the title's words or a point's. Texts are the project's own."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from tests.plans.intake.pages import messages, page

REQUEST = DraftRequest(document="plan", version="2025-11-21-press")

_UK = ("Сторони підтверджують суверенітет одна одної.",
       "Усі три сторони підписують угоду про ненапад.",
       "Альянс не приймає нових членів.")
_RU = ("Стороны подтверждают суверенитет друг друга.",
       "Все три стороны подписывают соглашение о ненападении.",
       "Альянс не принимает новых членов.")
_EN = ("Both sides confirm the other's sovereignty.",
       "A non-aggression accord is signed by all three parties.",
       "The alliance takes in no new members.")


def _text(text: str) -> ImportedDraft:
    return import_bytes(text.encode(), "copy.txt", ".txt", REQUEST)


def _numbered(points: tuple[str, ...]) -> str:
    return "".join(f"{n}. {point}\n" for n, point in enumerate(points, 1))


@pytest.mark.parametrize(("headline", "byline", "points"), [
    ("Мирний план: що в ньому", "14:20Автор: Олена Петренко", _UK),
    ("Мирний план: що в ньому", "21 листопада 2025, 14:20Автор Олена Петренко", _UK),
    ("Мирный план: что в нём", "14:20Ирина Смирнова", _RU),
    ("What the plan says", "12:05 Ann Writer", _EN),
])
def test_a_time_and_byline_under_the_headline_leave_it_the_title(
        headline: str, byline: str, points: tuple[str, ...]) -> None:
    imported = _text(f"{headline}\n{byline}\n{_numbered(points)}")
    assert imported.plan.title == headline
    assert [p.text for p in imported.plan.points] == list(points)


def test_a_time_and_byline_over_the_headline_are_no_title() -> None:
    imported = _text(f"14:20Олена Петренко\nМирний план: що в ньому\n\n{_numbered(_UK)}")
    assert imported.plan.title == "Мирний план: що в ньому"


def test_a_span_glued_to_the_headline_and_to_a_point_is_set_apart() -> None:
    text = ("Мирный план: что в нём14:20Автор: Ирина Смирнова\n"
            f"1. {_RU[0]}\n2. {_RU[1]}12:05 Ирина Смирнова\n3. {_RU[2]}\n")
    imported = _text(text)
    assert imported.plan.title == "Мирный план: что в нём"
    assert [p.text for p in imported.plan.points] == list(_RU)
    assert "12:05 Ирина Смирнова" in (imported.plan.notes or "")
    assert any("time and byline span(s)" in message for message in messages(imported))


def test_a_page_s_time_and_writer_spans_run_into_a_point() -> None:
    body = ("<h1>Мирний план: що в ньому</h1>"
            + "".join(f"<p>{n}. {point}</p>" for n, point in enumerate(_UK[:2], 1))
            + f"<p>3. {_UK[2]}<span class='time'>12:05</span><span>Олена Петренко</span></p>")
    imported = import_bytes(page(body, "uk"), "page.html", ".html", REQUEST)
    assert [p.text for p in imported.plan.points] == list(_UK)


@pytest.mark.parametrize("line", [
    "Talks resume at 14:20 in Geneva.",  # a time inside a sentence: spaced
    "The ceasefire starts at 06:00 Kyiv Time",
])
def test_a_point_naming_a_time_keeps_it(line: str) -> None:
    imported = _text(f"1. {_EN[0]}\n2. {line}\n3. {_EN[2]}\n")
    assert imported.plan.points[1].text == line
