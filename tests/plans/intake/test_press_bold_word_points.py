"""A news page that numbers its points in words, each paragraph opened by its label in
bold (``<b>Point one:</b> …``, ``<b>Пункт перший.</b> …``, ``<b>第一項</b>　…``): numbered
points by their words, not a fact sheet's bold-lead items read as a bulleted list. Texts
are the project's own."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from tests.plans.intake.pages import messages, page

REQUEST = DraftRequest(document="plan", version="2025-12-05-press", partial=True)

_CASES = {
    "en": (("Point four:", "Point five:", "Point seven:"),
           ("Sovereignty is reaffirmed.", "A non-aggression accord is signed.",
            "Guarantees come into force.")),
    "uk": (("Пункт четвертий.", "Пункт п'ятий.", "Пункт сьомий."),
           ("Суверенітет підтверджується.", "Підписується угода про ненапад.",
            "Гарантії набувають чинності.")),
    "ru": (("Пункт четвёртый:", "Пункт пятый:", "Пункт седьмой:"),
           ("Суверенитет подтверждается.", "Подписывается соглашение о ненападении.",
            "Гарантии вступают в силу.")),
    "ja": (("第四項", "第五項", "第七項"),
           ("主権を再確認する。", "不可侵の合意に署名する。", "保証が発効する。")),
}


def _import(body: str, lang: str) -> ImportedDraft:
    return import_bytes(page(body, lang), "page.html", ".html", REQUEST)


@pytest.mark.parametrize("lang", sorted(_CASES))
def test_bold_word_numbered_paragraphs_are_numbered_points(lang: str) -> None:
    labels, texts = _CASES[lang]
    gap = "\u3000" if lang == "ja" else " "
    body = "<h1>The framework</h1>" + "".join(
        f"<p><b>{label}</b>{gap}{text}</p>" for label, text in zip(labels, texts, strict=True))
    imported = _import(body, lang)
    assert [(p.number, p.text) for p in imported.plan.points] == list(
        zip(("4", "5", "7"), texts, strict=True))
    assert not any("bulleted list" in message for message in messages(imported))


def test_a_bold_labelled_paragraph_after_them_is_no_sub_point() -> None:
    body = ("<h1>The framework</h1><p><b>Background:</b> It was drafted in Geneva.</p>"
            "<p><b>Point one:</b> Sovereignty is reaffirmed.</p>"
            "<p><b>Point two:</b> A non-aggression accord is signed.</p>"
            "<p><b>Point three:</b> Guarantees come into force.</p>"
            "<p><b>What next:</b> Talks resume in January.</p>")
    imported = _import(body, "en")
    assert [p.number for p in imported.plan.walk()] == ["1", "2", "3"]
