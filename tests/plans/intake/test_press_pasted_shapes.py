"""Press text pasted in the shapes real copies come in: a Japanese page's furigana pasted in
brackets after their kanji. Texts are the project's own."""

from __future__ import annotations

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from tests.plans.intake.pages import messages

REQUEST = DraftRequest(document="plan", version="2025-12-05-press", language="ja")


def _import(text: str) -> ImportedDraft:
    return import_bytes(text.encode(), "copy.txt", ".txt", REQUEST)


def test_furigana_pasted_in_brackets_are_taken_out() -> None:
    """A learners' page's ruby copied as text: ``不可侵（ふかしん）`` was the point's words,
    and a copy without readings differed from it in every one."""
    text = ("和平案の要旨\n\n１．双方は主権（しゅけん）を確認する。\n"
            "２．三者は不可侵（ふかしん）の合意に署名する。\n"
            "３．北大西洋条約機構（ＮＡＴＯ）は拡大しない。\n")
    imported = _import(text)
    assert [p.text for p in imported.plan.points] == [
        "双方は主権を確認する。", "三者は不可侵の合意に署名する。",
        "北大西洋条約機構（ＮＡＴＯ）は拡大しない。"]
    assert any("reading(s) of kanji" in message for message in messages(imported))


def test_one_bracketed_word_in_kana_stays() -> None:
    text = "１．双方は主権を確認する。\n２．会合は年内（ねんない）に開く。\n３．監視団が見回る。\n"
    assert _import(text).plan.points[1].text == "会合は年内（ねんない）に開く。"


def test_a_press_page_s_context_and_what_next_lines_are_its_commentary() -> None:
    """"Context: …" under a point and "What next: …" under the last, a press page's
    commentary as "Analysis: …" is: they were the points' second paragraphs."""
    text = ("1. Sovereignty is reaffirmed.\n\nContext: The November draft said the same.\n\n"
            "2. A non-aggression accord is signed.\n\n3. Guarantees come into force.\n\n"
            "What's next: Talks resume in January.\n")
    imported = import_bytes(text.encode(), "copy.txt", ".txt",
                            DraftRequest(document="plan", version="2025-12-05-press"))
    assert [p.text for p in imported.plan.points] == [
        "Sovereignty is reaffirmed.", "A non-aggression accord is signed.",
        "Guarantees come into force."]
    assert imported.plan.points[0].notes == "Context: The November draft said the same."
