"""Press text pasted in the shapes real copies come in: a Japanese page's furigana pasted in
brackets after their kanji. Texts are the project's own."""

from __future__ import annotations

import pytest

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


_TOPIC_CASES = [
    ("1. Sovereignty is confirmed.\n2. A pact is signed.\nGuarantees:\n"
     "3. The US guarantees it.\n4. It lasts ten years.\n", None, "Guarantees:",
     ["Sovereignty is confirmed.", "A pact is signed.", "The US guarantees it.",
      "It lasts ten years."]),
    ("1. Sovereignty is confirmed.\n2. A pact is signed.\n\n**Security guarantees:**\n\n"
     "3. The US guarantees it.\n4. It lasts ten years.\n", None, "Security guarantees:",
     ["Sovereignty is confirmed.", "A pact is signed.", "The US guarantees it.",
      "It lasts ten years."]),
    ("Основні положення:\n\n• суверенітет підтверджується;\n• підписується угода;\n"
     "Гарантії:\n• США гарантують безпеку;\n• гарантія діє десять років.\n", "uk",
     "Гарантії:", ["суверенітет підтверджується;", "підписується угода;",
                   "США гарантують безпеку;", "гарантія діє десять років."]),
]


@pytest.mark.parametrize(("text", "language", "topic", "points"), _TOPIC_CASES,
                         ids=["en-flush", "en-bold-apart", "uk-bullets"])
def test_a_topic_s_name_between_two_points_is_no_point_s_text(
        text: str, language: str | None, topic: str, points: list[str]) -> None:
    """A copy that groups the points by topic: the topic's name between two points was the
    point above's last words ("A pact is signed. Guarantees:") or its paragraph."""
    imported = import_bytes(text.encode(), "copy.txt", ".txt",
                            DraftRequest(document="plan", version="2025-12-05-press",
                                         language=language))
    assert [p.text for p in imported.plan.walk()] == points
    assert topic in (imported.plan.notes or "")
    assert any("heading(s) between points" in message for message in messages(imported))


@pytest.mark.parametrize("text", [
    "1. Talks open.\n2. The parties agree on the\nfollowing:\n3. Monitors arrive.\n",
    "1. Talks open.\n2. The commission has members from:\n(a) Kyiv;\n(b) Moscow.\n"
    "3. Monitors arrive.\n",
    "1. Talks open.\n2. A pact is signed.\nThe parties stress, once more, their aim:\n"
    "4. Monitors arrive.\n",
])
def test_a_point_s_own_line_ending_in_a_colon_stays_its_own(text: str) -> None:
    """A wrapped line of a point (no finished clause before it), a lead-in over the
    point's own items, and a line over a point out of order stay where they were."""
    imported = import_bytes(text.encode(), "copy.txt", ".txt",
                            DraftRequest(document="plan", version="2025-12-05-press"))
    assert ":" in imported.plan.points[1].text
