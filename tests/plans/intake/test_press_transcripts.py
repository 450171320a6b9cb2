"""A president's site's transcript where the plan's points are read out inside a speech,
counted by the spoken ordinal the speaker puts before each ("Первое. …", "Второе – …",
"И четвёртое. …"; "Перше. …"): the points, with the speech around them and the questions
after in the notes. Texts are the project's own."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.pages import page as _page
from tests.plans.intake.pages import tree as _tree

REQUEST = DraftRequest(document="outline", version="2025-12-02-speech")

RU = ("Стороны подтверждают суверенитет каждого государства в согласованных границах.",
      "Украина не вступает в военные союзы, и это закрепляется в её законах.",
      "Войска отводятся с линий, указанных в приложении, в течение тридцати дней.",
      "Санкции снимаются поэтапно по мере выполнения условий.")
UK = ("Сторони підтверджують суверенітет кожної держави.",
      "Україна отримує гарантії безпеки від партнерів.",
      "Полонених обмінюють за формулою всіх на всіх.")


def _speech(lead: str, marks: tuple[str, ...], points: tuple[str, ...], close: str,
            question: str) -> bytes:
    said = "".join(f"<p>{mark} {text}</p>" for mark, text in zip(marks, points, strict=True))
    return _page(f"<h1>Заявление для прессы</h1><p><b>В.Путин:</b> {lead}</p>{said}"
                 f"<p>{close}</p><p><b>Вопрос:</b> {question}</p>", lang="ru")


@pytest.mark.parametrize("marks", [
    ("Первое.", "Второе –", "Третье:", "И четвёртое."),
    ("Первое:", "Второе.", "Третье.", "Четвертое."),
])
def test_points_read_out_by_spoken_ordinals_in_russian(marks: tuple[str, ...]) -> None:
    page = _speech("Добрый вечер. Изложу, что мы считаем основой урегулирования.", marks, RU,
                   "Вот, собственно, всё, что я хотел сказать. Спасибо.",
                   "Будет ли встреча с украинской стороной?")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), text) for n, text in enumerate(RU, 1)]
    notes = imported.plan.notes or ""
    assert "Изложу, что мы считаем основой урегулирования." in notes
    assert "Будет ли встреча с украинской стороной?" in notes


def test_points_read_out_by_spoken_ordinals_in_ukrainian() -> None:
    said = "".join(f"<p>{mark} {text}</p>" for mark, text in zip(
        ("Перше.", "Друге –", "Третє:"), UK, strict=True))
    page = _page("<h1>Звернення Президента</h1><p>Дорогі українці! Назву головне, про що "
                 f"ми домовились.</p>{said}<p>Слава Україні!</p>", lang="uk")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), text) for n, text in enumerate(UK, 1)]


def test_a_single_spoken_ordinal_opens_no_point() -> None:
    """"Первое." once, then prose: no count of points, so no point (the speaker's habit)."""
    page = _page("<p>Первое. Мы благодарны партнёрам за работу.</p><p>Дальше будет видно.</p>",
                 lang="ru")
    with pytest.raises(Exception, match="no numbered points"):
        import_bytes(page, "page.html", ".html", REQUEST)


@pytest.mark.parametrize(("said", "points"), [
    ("<p>Our proposal is simple. First, the troops are withdrawn from the four regions. "
     "Second, Ukraine states that it will not join the alliance. Third, all sanctions are "
     "lifted.</p><p>That is all I wanted to say. Thank you.</p>",
     ["the troops are withdrawn from the four regions.",
      "Ukraine states that it will not join the alliance.", "all sanctions are lifted."]),
    ("<p>Ми підготували документ із трьох пунктів. По-перше, повне припинення вогню. "
     "По-друге, обмін усіх на всіх. По-третє, гарантії безпеки від партнерів.</p>"
     "<p>Слава Україні!</p>",
     ["повне припинення вогню.", "обмін усіх на всіх.", "гарантії безпеки від партнерів."]),
    ("<p>Ми пропонуємо: по-перше, повне припинення вогню; по-друге, обмін усіх на всіх; "
     "по-третє, гарантії безпеки.</p><p>Слава Україні!</p>",
     ["повне припинення вогню;", "обмін усіх на всіх;", "гарантії безпеки."]),
    ("<p>We propose three things: first, a full ceasefire; second, an exchange of all "
     "prisoners; and third, guarantees of security.</p><p>Thank you.</p>",
     ["a full ceasefire;", "an exchange of all prisoners;", "guarantees of security."]),
    ("<p>Изложу наши условия. Первое – войска отводятся. Второе – санкции снимаются. "
     "Третье – пленных обменивают всех на всех.</p><p>Спасибо.</p>",
     ["войска отводятся.", "санкции снимаются.", "пленных обменивают всех на всех."]),
])
def test_points_counted_by_ordinals_inside_one_paragraph_of_a_speech(
        said: str, points: list[str]) -> None:
    """The speaker counts the points off in one paragraph ("First, … Second, … Third, …"):
    each is a point; the words before the first go to the notes."""
    imported = import_bytes(_page(f"<p><b>Speaker:</b> Good afternoon.</p>{said}"),
                            "page.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), text) for n, text in enumerate(points, 1)]
    assert said[3:14] in (imported.plan.notes or "")


def test_a_paragraph_saying_first_once_is_no_list() -> None:
    """"First, …" and "Then …" in one paragraph: no count of points."""
    page = _page("<p>First, the delegations met in Geneva. Then they flew home.</p>"
                 "<p>Second thoughts followed.</p>")
    with pytest.raises(Exception, match="no numbered points"):
        import_bytes(page, "page.html", ".html", REQUEST)


@pytest.mark.parametrize("marks", [
    ("Перший –", "Другий –", "Третій –"),
    ("Перший пункт –", "Другий пункт –", "Третій пункт –"),
])
def test_points_counted_by_the_ordinal_of_point_in_an_address(marks: tuple[str, ...]) -> None:
    """An address counts its points by the ordinal of "пункт" (masculine: "Перший – …",
    "Другий пункт – …"), a photo between them."""
    said = "".join(f"<p>{mark} {text}</p>" + ("<figure><img src=\"a.jpg\"><figcaption>Фото: "
                                              "Офіс Президента</figcaption></figure>"
                                              if n == 0 else "")
                   for n, (mark, text) in enumerate(zip(marks, UK, strict=True)))
    page = _page("<h1>Звернення Президента</h1><p>Дорогі українці! Основне – три пункти.</p>"
                 f"{said}<p>Слава Україні!</p>", lang="uk")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), text) for n, text in enumerate(UK, 1)]
