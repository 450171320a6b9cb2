"""A point's bullets in groups, each under a lead-in of its own (a press copy of a plan that
sums up each topic: ``Key provisions:`` / bullets / ``US guarantee:`` / bullets). The second
lead-in and later ones are sub-points of their own with their group under them, in the
reading order; the first stays the point's text. Texts are the project's own."""

from __future__ import annotations

import pytest

from plandiff.plans.importer import parse_text
from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.model import PlanVersion


def parse(text: str, language: str | None = None) -> PlanVersion:
    return parse_text(text, document="plan", version="2025-11-24-press", language=language)


def outline(plan: PlanVersion) -> list[tuple[str, str, str]]:
    return [(p.id, p.number, p.text) for p in plan.walk()]


EN_SET_BACK = """\
1. Security and political status of Ukraine

The plan gives Ukraine security guarantees on strict conditions. Key provisions:

  • Ukraine's sovereignty is confirmed.
  • Russia, Ukraine and Europe sign a non-aggression agreement.

US guarantee:

  • The US is paid for the guarantee.
  • An invasion of Russia by Ukraine ends the guarantee.

2. Territories
  • Crimea, Luhansk and Donetsk are recognised as Russian de facto.
"""

UK_FLUSH = """\
1. Безпека та політичний статус України

План дає Україні гарантії безпеки на суворих умовах. Основні положення:

– суверенітет України підтверджується;
– Росія, Україна та Європа підписують угоду про ненапад.

Гарантії США:

– США отримують плату за гарантію;
– вторгнення України до Росії скасовує гарантію.

2. Території
– Крим, Луганщина і Донеччина визнаються російськими де-факто.
"""

RU_FLUSH = """\
1. Безопасность и политический статус Украины

План даёт Украине гарантии безопасности на строгих условиях. Основные положения:

• суверенитет Украины подтверждается;
• Россия, Украина и Европа подписывают соглашение о ненападении.

Гарантии США:

• США получают плату за гарантию;
• вторжение Украины в Россию отменяет гарантию.

2. Территории
• Крым, Луганская и Донецкая области признаются российскими де-факто.
"""

JA_FLUSH = """\
1. ウクライナの安全と政治的地位

計画は厳しい条件付きでウクライナに安全の保証を与える。主な内容：

・ウクライナの主権を確認する。
・ロシア、ウクライナ、欧州が不可侵の合意に署名する。

米国の保証：

・米国は保証の対価を受け取る。
・ウクライナがロシアに侵攻すれば保証は終わる。

2. 領土
・クリミア、ルハンスク、ドネツクを事実上ロシア領と認める。
"""


@pytest.mark.parametrize(("text", "language", "first", "lead", "items", "last"), [
    (EN_SET_BACK, None, "Key provisions:", "US guarantee:",
     ("The US is paid for the guarantee.",
      "An invasion of Russia by Ukraine ends the guarantee."),
     "Russia, Ukraine and Europe sign a non-aggression agreement."),
    (UK_FLUSH, "uk", "Основні положення:", "Гарантії США:",
     ("США отримують плату за гарантію;", "вторгнення України до Росії скасовує гарантію."),
     "Росія, Україна та Європа підписують угоду про ненапад."),
    (RU_FLUSH, "ru", "Основные положения:", "Гарантии США:",
     ("США получают плату за гарантию;", "вторжение Украины в Россию отменяет гарантию."),
     "Россия, Украина и Европа подписывают соглашение о ненападении."),
    (JA_FLUSH, "ja", "主な内容：", "米国の保証：",
     ("米国は保証の対価を受け取る。", "ウクライナがロシアに侵攻すれば保証は終わる。"),
     "ロシア、ウクライナ、欧州が不可侵の合意に署名する。"),
], ids=["en-set-back", "uk-flush", "ru-flush", "ja-flush"])
def test_a_second_lead_in_heads_its_own_group_of_bullets(
        text: str, language: str | None, first: str, lead: str, items: tuple[str, str],
        last: str) -> None:
    plan = parse(text, language)
    got = outline(plan)
    assert [row[:2] for row in got] == [
        ("p1", "1"), ("p1-1", "1.1"), ("p1-2", "1.2"), ("p1-3", "1.3"), ("p1-3-1", "1.3.1"),
        ("p1-3-2", "1.3.2"), ("p2", "2"), ("p2-1", "2.1")]
    assert got[0][2].endswith(first)  # the first lead-in stays the point's own text
    assert lead not in got[0][2]
    assert got[2][2] == last  # and not the last bullet's either
    assert got[3][2] == lead
    assert (got[4][2], got[5][2]) == items


def test_three_groups_and_the_prose_after_them() -> None:
    text = (
        "4. Economy\n\n"
        "Sanctions are lifted in stages. First stage:\n\n"
        "  • energy exports resume;\n"
        "  • frozen assets go to a rebuilding fund.\n\n"
        "Second stage:\n\n"
        "  • Russia returns to the G8.\n\n"
        "Long-term cooperation:\n\n"
        "  • joint projects in the Arctic;\n"
        "  • data centres.\n\n"
        "The stages follow the ceasefire.\n\n"
        "5. Elections are held in 100 days.\n"
    )
    assert outline(parse(text)) == [
        ("p4", "4", "Economy\n\nSanctions are lifted in stages. First stage:\n\n"
                    "The stages follow the ceasefire."),
        ("p4-1", "4.1", "energy exports resume;"),
        ("p4-2", "4.2", "frozen assets go to a rebuilding fund."),
        ("p4-3", "4.3", "Second stage:"),
        ("p4-3-1", "4.3.1", "Russia returns to the G8."),
        ("p4-4", "4.4", "Long-term cooperation:"),
        ("p4-4-1", "4.4.1", "joint projects in the Arctic;"),
        ("p4-4-2", "4.4.2", "data centres."),
        ("p5", "5", "Elections are held in 100 days."),
    ]


def test_one_lead_in_a_part_heading_and_a_reporters_lead_in_are_as_before() -> None:
    one = parse("1. A ceasefire holds along the line:\n\n  • monitors arrive;\n"
                "  • guns are pulled back.\n\n2. Prisoners are exchanged.\n")
    assert outline(one) == [
        ("p1", "1", "A ceasefire holds along the line:"), ("p1-1", "1.1", "monitors arrive;"),
        ("p1-2", "1.2", "guns are pulled back."), ("p2", "2", "Prisoners are exchanged.")]
    part = parse("1. A ceasefire holds along the line:\n\n  • monitors arrive;\n"
                 "  • guns are pulled back.\n\nEconomic measures:\n\n"
                 "2. A fund is set up.\n3. Trade resumes.\n")
    assert [p.number for p in part.walk()] == ["1", "1.1", "1.2", "2", "3"]
    said = parse("1. A ceasefire holds along the line:\n\n  • monitors arrive;\n"
                 "  • guns are pulled back.\n\nThe document also says:\n\n"
                 "  • Talks resume next month.\n  • Sanctions stay for now.\n\n"
                 "2. Prisoners are exchanged.\n")
    assert [p.number for p in said.walk()] == ["1", "1.1", "1.2", "2"]


def test_flush_groups_after_a_third_lead_in_go_beside_the_second() -> None:
    text = ("4. Економіка\n\nСанкції знімаються поетапно. Перший етап:\n\n"
            "– відновлюється експорт енергоносіїв;\n\nДругий етап:\n\n"
            "– Росія повертається до G8.\n\nДовгострокова співпраця:\n\n"
            "– спільні проєкти в Арктиці;\n– центри обробки даних.\n\n"
            "5. Вибори проводяться за 100 днів.\n")
    assert [(p.number, p.text) for p in parse(text, "uk").walk()][1:7] == [
        ("4.1", "відновлюється експорт енергоносіїв;"), ("4.2", "Другий етап:"),
        ("4.2.1", "Росія повертається до G8."), ("4.3", "Довгострокова співпраця:"),
        ("4.3.1", "спільні проєкти в Арктиці;"), ("4.3.2", "центри обробки даних.")]


def test_a_web_pages_paragraph_between_two_lists_heads_the_second() -> None:
    page = (
        "<!doctype html><html><head><meta charset='utf-8'><title>The plan, by topic</title>"
        "</head><body><article><h1>What the plan says</h1>"
        "<p>The draft groups its points under topics.</p>"
        "<h3>1. Security guarantees</h3>"
        "<p>Guarantees come with conditions. Key provisions:</p>"
        "<ul><li>Sovereignty is confirmed.</li><li>A non-aggression pact is signed.</li></ul>"
        "<p>US guarantee:</p>"
        "<ul><li>The US is paid for it.</li><li>An invasion ends it.</li></ul>"
        "<h3>2. Territories</h3><ul><li>The line of contact is frozen.</li></ul>"
        "</article></body></html>")
    imported = import_bytes(page.encode(), "plan.html", ".html",
                            DraftRequest(document="plan", version="2025-11-24-press"))
    assert [(p.number, p.text) for p in imported.plan.walk()][:6] == [
        ("1", "Guarantees come with conditions. Key provisions:"),
        ("1.1", "Sovereignty is confirmed."), ("1.2", "A non-aggression pact is signed."),
        ("1.3", "US guarantee:"), ("1.3.1", "The US is paid for it."),
        ("1.3.2", "An invasion ends it.")]


@pytest.mark.parametrize(("text", "language", "lead", "items"), [
    ("1. Security guarantees\n\nKey provisions:\n"
     "• Ukraine's sovereignty is confirmed.\n• A non-aggression pact is signed.\n"
     "US guarantee:\n• The US is paid for the guarantee.\n• An invasion ends the guarantee.\n"
     "2. Territories\n", None, "US guarantee:",
     ("The US is paid for the guarantee.", "An invasion ends the guarantee.")),
    ("1. Security guarantees\n\nKey provisions:\n"
     "  • Ukraine's sovereignty is confirmed.\n  • A non-aggression pact is signed.\n"
     "US guarantee:\n  • The US is paid for the guarantee.\n"
     "  • An invasion ends the guarantee.\n2. Territories\n", None, "US guarantee:",
     ("The US is paid for the guarantee.", "An invasion ends the guarantee.")),
    ("1. Гарантії безпеки\n\nОсновні положення:\n– суверенітет підтверджується;\n"
     "– підписується угода про ненапад.\nГарантії США:\n– США отримують плату;\n"
     "– вторгнення скасовує гарантію.\n2. Території\n", "uk", "Гарантії США:",
     ("США отримують плату;", "вторгнення скасовує гарантію.")),
    ("1. 安全の保証\n\n主な内容：\n・主権を確認する。\n・不可侵の合意に署名する。\n"
     "米国の保証：\n・米国は対価を受け取る。\n・侵攻すれば保証は終わる。\n2. 領土\n", "ja",
     "米国の保証：", ("米国は対価を受け取る。", "侵攻すれば保証は終わる。")),
], ids=["en-flush", "en-set-back", "uk-flush", "ja-flush"])
def test_a_lead_in_line_between_bullets_with_no_blank_lines_heads_the_bullets_after_it(
        text: str, language: str | None, lead: str, items: tuple[str, str]) -> None:
    """``• b`` / ``US guarantee:`` / ``• c`` with no blank line around the lead-in: it was
    read as bullet b's wrapped line ("… is signed. US guarantee:")."""
    got = outline(parse(text, language))
    assert [row[1] for row in got] == ["1", "1.1", "1.2", "1.3", "1.3.1", "1.3.2", "2"]
    assert got[3][2] == lead
    assert lead not in got[2][2]
    assert (got[4][2], got[5][2]) == items


def test_a_bullet_s_own_wrapped_line_ending_in_a_colon_stays_its_own() -> None:
    """A bullet whose wrapped line ends in a colon without finishing a clause before it is
    one bullet (its own words), and the bullets after it stay beside it."""
    text = ("1. Guarantees\n• Both sides agree on the\nfollowing:\n• monitors arrive;\n"
            "• guns are pulled back.\n")
    assert [row[1:] for row in outline(parse(text))][1:] == [
        ("1.1", "Both sides agree on the following:"),
        ("1.2", "monitors arrive;"), ("1.3", "guns are pulled back.")]
