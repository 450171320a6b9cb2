"""A draft that numbers its points only with ordinal words ("First, …", "Во-первых, …",
"По-перше, …", "第一に、…") or only with Roman numerals ("I. Security" / text): before, "no
numbered points found" (exit 2). Read as points 1, 2 … when nothing else is numbered; in a
numbered draft such lines stay what they were. Texts are the project's own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="statement", version="2025-12-01-remarks")


def _read(text: str, name: str = "remarks.txt") -> Any:
    return import_bytes(text.encode(), name, Path(name).suffix, REQUEST)


def _points(imported: Any) -> list[tuple[str, str | None, str]]:
    return [(p.number, p.title, p.text) for p in imported.plan.walk()]


@pytest.mark.parametrize(("lead", "words", "texts"), [
    ("The statement sets out four points:", ("First,", "Second,", "Third,", "Fourth,"),
     ("Ukraine's sovereignty is confirmed.", "a full non-aggression agreement is concluded.",
      "NATO does not enlarge further.", "elections are held within 100 days.")),
    ("Президент назвал условия:", ("Во-первых,", "Во-вторых,", "В-третьих,"),
     ("суверенитет Украины подтверждается.", "заключается соглашение о ненападении.",
      "НАТО не расширяется.")),
    ("Президент назвав умови:", ("По-перше,", "По-друге,", "По-третє,"),
     ("суверенітет України підтверджується.", "укладається угода про ненапад.",
      "НАТО не розширюється.")),
    ("大統領は次のように述べた。", ("第一に、", "第二に、", "第三に、"),
     ("ウクライナの主権を確認する。", "不可侵合意を結ぶ。", "選挙を行う。")),
    ("計画の要点は次の通り。", ("1点目は、", "2点目は、", "3点目は、"),
     ("ウクライナの主権を確認すること。", "不可侵合意を結ぶこと。", "選挙を行うこと。")),
    ("要点：", ("第1に、", "第2に、", "第3に、"),
     ("ウクライナの主権を確認する。", "不可侵合意を結ぶ。", "選挙を行う。")),
    ("要点：", ("その１　", "その２　", "その３　"),
     ("ウクライナの主権を確認する。", "不可侵合意を結ぶ。", "選挙を行う。")),
    ("Der Plan sieht vor:", ("Erstens,", "Zweitens,", "Drittens,"),
     ("die Souveränität der Ukraine wird bestätigt.", "ein Nichtangriffspakt wird geschlossen.",
      "Wahlen finden statt.")),
])
def test_points_by_ordinal_words(lead: str, words: tuple[str, ...],
                                 texts: tuple[str, ...]) -> None:
    text = lead + "\n\n" + "".join(f"{w} {t}\n\n" for w, t in zip(words, texts, strict=True))
    imported = _read(text)
    assert _points(imported) == [(str(n), None, t) for n, t in enumerate(texts, 1)]
    assert imported.plan.notes == lead
    lines = "\n".join(imported.report.lines())
    assert f"the {len(texts)} paragraphs opened by an ordinal word" in lines, lines


def test_points_by_roman_headings_with_text_under_them() -> None:
    text = ("I. Security\nUkraine receives guarantees from its partners.\n\n"
            "II. Territory\nThe line of contact is frozen where the troops stand.\n\n"
            "III. Economy\nSanctions are lifted in stages.\n")
    imported = _read(text)
    assert _points(imported) == [
        ("1", "Security", "Ukraine receives guarantees from its partners."),
        ("2", "Territory", "The line of contact is frozen where the troops stand."),
        ("3", "Economy", "Sanctions are lifted in stages.")]
    assert "items numbered in Roman numerals" in "\n".join(imported.report.lines())


def test_points_by_roman_numerals_one_a_line() -> None:
    text = ("I. Ukraine's sovereignty is confirmed.\nII. A non-aggression agreement is "
            "concluded.\nIII. NATO does not enlarge.\n")
    assert [t for _, _, t in _points(_read(text))] == [
        "Ukraine's sovereignty is confirmed.", "A non-aggression agreement is concluded.",
        "NATO does not enlarge."]


def test_in_a_numbered_draft_they_stay_as_they_were() -> None:
    """Roman headings over Arabic points are parts; an ordinal word in a point is its text."""
    text = ("I. Security\n1. First, the guarantees are confirmed.\n2. Second, a mission is "
            "sent.\n\nII. Economy\n1. Sanctions are lifted.\n")
    imported = _read(text)
    assert [(p.number, p.text) for p in imported.plan.walk()] == [
        ("1", "First, the guarantees are confirmed."), ("2", "Second, a mission is sent."),
        ("1", "Sanctions are lifted.")]


def test_a_single_ordinal_is_no_list() -> None:
    """One "First, …" with nothing after it is prose: still "no numbered points"."""
    from plandiff.errors import InputError

    with pytest.raises(InputError, match="no numbered points found"):
        _read("First, the talks resume in January.\n\nThe date is not fixed.\n")


@pytest.mark.parametrize(("marks", "first"), [
    (("Point one:", "Point two:", "Point three:"), 1),
    (("POINT TWENTY-SIX:", "POINT TWENTY-SEVEN:", "POINT TWENTY-EIGHT:"), 26),
    (("Point twenty one.", "Point twenty two.", "Point twenty three."), 21),
    (("Пункт первый.", "Пункт второй.", "Пункт третий."), 1),
    (("Пункт перший.", "Пункт другий.", "Пункт третій."), 1),
])
def test_a_keyword_with_a_number_word(marks: tuple[str, ...], first: int) -> None:
    """"Point one:" … "Point twenty-eight:" (a press copy spelling the numbers), "Пункт
    первый.", "Пункт перший.": before, "no numbered points found" (exit 2)."""
    texts = ("Ukraine's sovereignty is confirmed.", "A non-aggression pact is concluded.",
             "NATO does not enlarge.")
    text = "".join(f"{m} {t}\n" for m, t in zip(marks, texts, strict=True))
    imported = import_bytes(text.encode(), "copy.txt", ".txt",
                            DraftRequest(document="d", version="2025-11-20-v", partial=True))
    assert [(p.number, p.text) for p in imported.plan.walk()] == [
        (str(first + k), t) for k, t in enumerate(texts)]


def test_a_markdown_table_of_points() -> None:
    """A pipe table (number | title | text), as Markdown exports and chat tools write one:
    before, "no numbered points found"."""
    text = ("# Plan\n\n| # | Topic | What the draft says |\n| :-: | --- | --- |\n"
            "| 1 | Sovereignty | Ukraine's sovereignty is confirmed. |\n"
            "| 2 | Non-aggression | A non-aggression pact is concluded. |\n"
            "| 3 | NATO | NATO does not enlarge \\| any further. |\n")
    imported = _read(text, "plan.md")
    assert _points(imported) == [
        ("1", "Sovereignty", "Ukraine's sovereignty is confirmed."),
        ("2", "Non-aggression", "A non-aggression pact is concluded."),
        ("3", "NATO", "NATO does not enlarge | any further.")]
    assert imported.plan.notes == "| # | Topic | What the draft says |"
    assert "3 row(s) of a Markdown table" in "\n".join(imported.report.lines())


def test_pipes_in_running_text_stay() -> None:
    text = "1. Option A | option B is left open.\n2. The talks resume.\n"
    assert [t for _, _, t in _points(_read(text, "plan.md"))] == [
        "Option A | option B is left open.", "The talks resume."]


@pytest.mark.parametrize(("name", "data"), [
    ("plan.html", b"<html><body><article><h1>Plan</h1><p>The plan's sections:</p>"
                  b"<ol type=\"A\"><li>Ukraine's sovereignty is confirmed.</li><li>A pact is "
                  b"concluded.</li><li>NATO does not enlarge.</li></ol></article></body></html>"),
    ("plan.txt", b"A. Ukraine's sovereignty is confirmed.\nB. A pact is concluded.\n"
                 b"C. NATO does not enlarge.\n"),
    ("plan.txt", b"a) Ukraine's sovereignty is confirmed.\nb) A pact is concluded.\n"
                 b"c) NATO does not enlarge.\n"),
])
def test_points_by_letters_alone(name: str, data: bytes) -> None:
    """A list lettered A, B, C (an ``<ol type="A">``, a pasted copy) and nothing numbered:
    before, "no numbered points found"; now points 1-3, the report saying A is read as 1."""
    imported = import_bytes(data, name, Path(name).suffix, REQUEST)
    assert [(p.number, p.text) for p in imported.plan.walk()] == [
        ("1", "Ukraine's sovereignty is confirmed."), ("2", "A pact is concluded."),
        ("3", "NATO does not enlarge.")]
    assert "(A read as 1)" in "\n".join(imported.report.lines())


def test_number_with_a_full_stop_and_a_dash() -> None:
    """"1.- …" (as Spanish-language texts number): the dash was kept as the text's first
    character ("- Ukraine's sovereignty …")."""
    text = ("1.- Ukraine's sovereignty is confirmed.\n2.- A pact is concluded.\n"
            "3.– NATO does not enlarge.\n")
    assert [(n, t) for n, _, t in _points(_read(text))] == [
        ("1", "Ukraine's sovereignty is confirmed."), ("2", "A pact is concluded."),
        ("3", "NATO does not enlarge.")]


def test_roman_numerals_typed_in_cyrillic_letters() -> None:
    """Ukrainian and Russian typists write Roman numerals with the Cyrillic ``І`` and ``Х``
    (``ІІ.``, ``ІХ.``): "no numbered points found"."""
    texts = [f"Пункт тексту номер {n} набирає чинності." for n in range(1, 11)]
    marks = ["І", "ІІ", "ІІІ", "ІV", "V", "VІ", "VІІ", "VІІІ", "ІХ", "Х"]
    text = "".join(f"{mark}. {item}\n" for mark, item in zip(marks, texts, strict=True))
    assert [(n, t) for n, _, t in _points(_read(text))] == [
        (str(n), item) for n, item in enumerate(texts, 1)]


def test_a_part_heading_numbered_in_cyrillic_roman_letters() -> None:
    """``ІІ. Безпека`` (Cyrillic ``І``) between two Arabic points ran into the point above."""
    text = ("І. Загальні положення\n1. Сторони припиняють вогонь.\n2. Спостерігачі стежать за "
            "лінією.\nІІ. Безпека\n3. Санкції знімаються поетапно.\n")
    assert [t for _, _, t in _points(_read(text))] == [
        "Сторони припиняють вогонь.", "Спостерігачі стежать за лінією.",
        "Санкції знімаються поетапно."]
