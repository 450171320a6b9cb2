"""Pasted press text whose lead-in runs straight into the first point, with no line break
(a browser's copy of a paragraph that held the intro and point 1): the first point is read,
not left in the notes. Texts are the project's own."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="outline", version="2025-12-01-pasted")


def _points(text: str) -> list[tuple[str, str]]:
    imported = import_bytes(text.encode(), "paste.txt", ".txt", REQUEST)
    return [(p.number, p.text) for p in imported.plan.points]


@pytest.mark.parametrize("text", [
    "The draft lists 3 points:1. Kyiv keeps its sovereignty.\n"
    "2. A pact of non-aggression is signed.\n3. Guarantees are given.\n",
    "Текст плана:1. Суверенитет Киева сохраняется.\n2. Подписывается пакт.\n"
    "3. Даются гарантии.\n",
    "和平案の全文は次の通り。1．キーウの主権を保つ。\n2．不可侵の協定を結ぶ。\n3．保証を与える。\n",
])
def test_a_lead_in_run_into_point_1_by_its_number(text: str) -> None:
    points = _points(text)
    assert [n for n, _ in points] == ["1", "2", "3"]
    assert "Kyiv" in points[0][1] or "Киева" in points[0][1] or "キーウ" in points[0][1]


@pytest.mark.parametrize(("text", "first"), [
    ("和平案の全文は次の通り。（１）キーウの主権を保つ。\n（２）不可侵の協定を結ぶ。\n"
     "（３）保証を与える。\n", "キーウの主権を保つ。"),
    ("和平案の要旨は以下の通り。①キーウの主権を保つ。\n②不可侵の協定を結ぶ。\n③保証を与える。\n",
     "キーウの主権を保つ。"),
    ("要旨:(1)キーウの主権を保つ。\n(2)不可侵の協定を結ぶ。\n(3)保証を与える。\n",
     "キーウの主権を保つ。"),
    ("The draft lists three points: (1) Kyiv keeps its sovereignty.\n"
     "(2) A pact of non-aggression is signed.\n(3) Guarantees are given.\n",
     "Kyiv keeps its sovereignty."),
    ("The draft lists three points: (1) Kyiv keeps its sovereignty. (2) A pact of "
     "non-aggression is signed.\n(3) Guarantees are given.\n",
     "Kyiv keeps its sovereignty."),
    ("和平案の要旨は次の通り。（１）キーウの主権を保つ。（２）不可侵の協定を結ぶ。（３）保証を与える。\n\n"
     "政府は「精査中だ」としている。\n", "キーウの主権を保つ。"),
])
def test_a_lead_in_run_into_item_1_in_brackets_or_circled(text: str, first: str) -> None:
    points = _points(text)
    assert [n for n, _ in points] == ["1", "2", "3"]
    assert points[0][1] == first


@pytest.mark.parametrize(("text", "first"), [
    ("The draft reads as follows. Point 1: Kyiv keeps its sovereignty.\nPoint 2: A pact is "
     "signed.\nPoint 3: Guarantees are given.\n", "Kyiv keeps its sovereignty."),
    ("Пункты плана:Пункт 1. Суверенитет сохраняется.\nПункт 2. Подписывается пакт.\n"
     "Пункт 3. Даются гарантии.\n", "Суверенитет сохраняется."),
    ("全文は次の通り。第１項　主権を保つ。\n第２項　協定を結ぶ。\n第３項　保証を与える。\n",
     "主権を保つ。"),
])
def test_a_lead_in_run_into_point_1_named_by_a_word(text: str, first: str) -> None:
    """``Point 1:``, ``Пункт 1.``, ``第１項`` run into the lead-in's line: point 1 went to
    the notes ("numbering starts at 2")."""
    points = _points(text)
    assert [n for n, _ in points] == ["1", "2", "3"]
    assert points[0][1] == first


def test_a_point_named_in_a_sentence_is_not_cut() -> None:
    text = ("As agreed. Point 1 of the annex still holds.\n\n1. Kyiv keeps its sovereignty.\n"
            "2. A pact is signed.\n")
    imported = import_bytes(text.encode(), "paste.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "Kyiv keeps its sovereignty."), ("2", "A pact is signed.")]


def test_an_inline_list_in_a_sentence_is_not_cut() -> None:
    text = ("The parties agree: (1) to cease fire, (2) to swap prisoners.\n\n"
            "1. Kyiv keeps its sovereignty.\n2. A pact is signed.\n")
    imported = import_bytes(text.encode(), "paste.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "Kyiv keeps its sovereignty."), ("2", "A pact is signed.")]
    assert "(1) to cease fire, (2) to swap prisoners." in (imported.plan.notes or "")


def test_numbers_inside_sentences_open_no_point() -> None:
    text = ("Ceasefire outline\n\nThe fund grew in 2025.1 million people came home. The rule "
            "is in section 3:1 of the annex. Talks resumed at 10:1 p.m., officials said.\n\n"
            "1. Kyiv keeps its sovereignty.\n2. A pact is signed.\n")
    imported = import_bytes(text.encode(), "paste.txt", ".txt", REQUEST)
    assert [p.number for p in imported.plan.points] == ["1", "2"]
    assert "2025.1 million" in (imported.plan.notes or "")
    assert not imported.report.warnings


def test_the_abbreviated_word_before_a_run_in_number_goes_with_it() -> None:
    """``Текст плана: п. 1. …``: the ``п.`` of point 1 stayed in the notes after the lead-in
    ("Текст плана: п.")."""
    text = ("Текст плана: п. 1. Суверенитет Киева сохраняется.\nп. 2. Подписывается пакт.\n"
            "п. 3. Даются гарантии.\n")
    imported = import_bytes(text.encode(), "paste.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "Суверенитет Киева сохраняется."), ("2", "Подписывается пакт."),
        ("3", "Даются гарантии.")]
    assert (imported.plan.notes or "").strip() == "Текст плана:"


def test_a_circled_number_referred_to_after_the_lead_in_is_not_cut() -> None:
    """``①と②を`` names two items (a particle after the number): no item opens there."""
    text = "双方は次の点で合意した。①と③は後で協議する。\n②監視団を置く。\n③選挙を行う。\n"
    imported = import_bytes(text.encode(), "paste.txt", ".txt", REQUEST)
    assert "①と③は後で協議する。" in (imported.plan.notes or "")


_FAMILIES = (("{}. ", "en"), ("{}) ", "en"), ("({}) ", "en"), ("Point {}: ", "en"),
             ("Пункт {}. ", "ru"), ("{}．", "ja"), ("（{}）", "ja"), ("第{}項　", "ja"),
             ("{}", "circled"))
_LEADS = {"en": ("The draft lists {n} points:", "The text reads as follows."),
          "ru": ("Текст плана:", "Документ состоит из пунктов:"),
          "ja": ("和平案の全文は次の通り。", "要旨は以下の通り："),
          "circled": ("和平案の要旨は次の通り。", "The outline:")}
_ITEMS = {"en": ("Kyiv keeps its sovereignty.", "A pact of non-aggression is signed.",
                 "Guarantees are given.", "Elections are held.", "Sanctions are eased."),
          "ru": ("Суверенитет сохраняется.", "Подписывается пакт.", "Даются гарантии.",
                 "Проводятся выборы.", "Санкции снимаются."),
          "ja": ("キーウの主権を保つ。", "不可侵の協定を結ぶ。", "保証を与える。", "選挙を行う。",
                 "制裁を緩める。")}
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _mark(family: str, number: int) -> str:
    if family == "{}":
        return chr(0x2460 + number - 1)  # ①
    if family in ("{}．", "（{}）", "第{}項　"):
        return family.format(str(number).translate(_FULL_WIDTH))
    return family.format(number)


@settings(max_examples=120, deadline=None)
@given(family=st.sampled_from(_FAMILIES), lead=st.integers(0, 1), count=st.integers(2, 5),
       in_line=st.integers(1, 5), blank=st.booleans())
def test_every_family_s_first_item_run_into_its_lead_in_is_read_once(
        family: tuple[str, str], lead: int, count: int, in_line: int, blank: bool) -> None:
    """Property: whatever its mark (``1.``, ``1)``, ``(1)``, ``Point 1:``, ``Пункт 1.``,
    ``１．``, ``（１）``, ``第１項``, ``①``), a lead-in run into item 1, with any number of
    the items after it in that line and the rest one a line (a blank line between or not),
    reads as the lead-in in the notes and every item a point, in order, whole, numbered
    as written: one place (reading.pieces, with runin.first_item_cuts) cuts them all."""
    form, language = family
    items = _ITEMS["ja" if language == "circled" else language][:count]
    in_line = min(in_line, count)
    intro = _LEADS[language][lead].format(n=count)
    marked = [_mark(form, k) + item for k, item in enumerate(items, 1)]
    separator = "" if language in ("ja", "circled") else " "
    first = intro + separator + separator.join(marked[:in_line])
    text = ("\n\n" if blank else "\n").join([first, *marked[in_line:]]) + "\n"
    points = _points(text)
    assert points == [(str(k), item) for k, item in enumerate(items, 1)], text
    imported = import_bytes(text.encode(), "paste.txt", ".txt", REQUEST)
    assert (imported.plan.notes or "").strip() == intro


def test_a_speaker_label_before_a_run_in_item_1_is_read_as_one_before_point_1() -> None:
    """``答：（１）…``: the answer's label in front of item 1 is left out with a count, as
    before ``答：1. …`` (it stayed in the notes, a paragraph of its own, when the line was cut
    before the other passes read it)."""
    text = "――和平案をどう見ますか。\n\n答：（１）軍の上限は認めない。\n\n（２）領土は譲れない。\n"
    imported = import_bytes(text.encode(), "interview.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "軍の上限は認めない。"), ("2", "領土は譲れない。")]
    assert (imported.plan.notes or "").strip() == "――和平案をどう見ますか。"
    messages = [f.message for f in imported.report.findings]
    assert any("left out 1 speaker label(s)" in m for m in messages), messages
