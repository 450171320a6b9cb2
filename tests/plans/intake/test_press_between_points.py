"""A news story's own paragraph between two of the plan's points: a named speaker and what
they said ("Zelensky said on Friday …", "Зеленський заявив …", "…と述べた。") is the page's
prose, never the point's text; it goes to the point's notes and the report counts it.
Texts are the project's own."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.pages import messages, page

REQUEST = DraftRequest(document="plan", version="2025-11-21-press")

_POINTS = {
    "en": ("Both sides confirm the other's sovereignty.",
           "A non-aggression accord is signed by all three parties.",
           "The alliance takes in no new members.",
           "A standing channel links the alliance and Moscow.",
           "Kyiv receives firm security guarantees."),
    "uk": ("Сторони підтверджують суверенітет одна одної.",
           "Усі три сторони підписують угоду про ненапад.",
           "Альянс не приймає нових членів.",
           "Постійний канал зв'язує альянс і Москву.",
           "Київ отримує тверді гарантії безпеки."),
    "ru": ("Стороны подтверждают суверенитет друг друга.",
           "Все три стороны подписывают соглашение о ненападении.",
           "Альянс не принимает новых членов.",
           "Постоянный канал связывает альянс и Москву.",
           "Киев получает твёрдые гарантии безопасности."),
    "ja": ("双方は互いの主権を確認する。", "三者は不可侵の合意に署名する。",
           "同盟は新たな加盟国を受け入れない。", "同盟とロシアの間に常設の対話の場を設ける。",
           "ウクライナは確かな安全の保証を受ける。"),
}

_SAID = {
    "en": ("Zelensky said on Friday that the country faced one of its hardest moments.",
           "Ukrainian President Volodymyr Zelensky told lawmakers the text was not final.",
           "In a video address, Zelensky said the talks would go on."),
    "uk": ("Зеленський у п'ятницю заявив, що країна переживає один із найважчих моментів.",
           "Президент Зеленський сказав, що текст ще не остаточний."),
    "ru": ("Песков в пятницу сказал журналистам, что Кремль ещё не получал документ.",
           "Зеленский заявил, что переговоры продолжатся."),
    "ja": ("ゼレンスキー大統領は21日、国が最も困難な局面にあると述べた。",),
}


def _cases() -> list[tuple[str, str]]:
    return [(lang, said) for lang, lines in _SAID.items() for said in lines]


@pytest.mark.parametrize(("lang", "said"), _cases())
def test_a_named_speaker_s_paragraph_between_points_is_left_out(lang: str, said: str) -> None:
    points = _POINTS[lang]
    text = "".join(f"{n}. {point}\n\n" for n, point in enumerate(points[:3], 1)) \
        + f"{said}\n\n" + "".join(f"{n}. {point}\n\n" for n, point in enumerate(points[3:], 4))
    imported = import_bytes(text.encode(), "copy.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == list(points)
    assert imported.plan.points[2].notes == said
    assert any(said[:30] in message for message in messages(imported))


def test_a_news_page_s_paragraph_between_its_numbered_paragraphs() -> None:
    points = _POINTS["en"]
    body = ("<h1>What the plan says</h1><p>The draft runs to five points.</p>"
            + "".join(f"<p>{n}. {point}</p>" for n, point in enumerate(points[:3], 1))
            + f"<p>{_SAID['en'][0]}</p>"
            + "".join(f"<p>{n}. {point}</p>" for n, point in enumerate(points[3:], 4)))
    imported = import_bytes(page(body), "page.html", ".html", REQUEST)
    assert [p.text for p in imported.plan.points] == list(points)
    assert _SAID["en"][0] in (imported.plan.points[2].notes or "")


@pytest.mark.parametrize("own", [
    "Details are set out in an annex the parties sign later.",
    "The United States and Europe guarantee it jointly.",
    "NATO Allies agree on the wording.",
])
def test_a_point_s_own_second_paragraph_stays(own: str) -> None:
    points = _POINTS["en"]
    text = "".join(f"{n}. {point}\n\n" for n, point in enumerate(points[:3], 1)) \
        + f"{own}\n\n" + "".join(f"{n}. {point}\n\n" for n, point in enumerate(points[3:], 4))
    imported = import_bytes(text.encode(), "copy.txt", ".txt", REQUEST)
    assert imported.plan.points[2].text == f"{points[2]}\n\n{own}"
