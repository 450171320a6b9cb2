"""Japanese government-style numbering as pasted text and as LibreOffice prints it: items
numbered ``（一）``, ``(二)`` or ``㈢`` under an article or a numbered point, a list numbered
only so, and items bulleted ``〇``, ``◯`` or ``◎``. Texts are the project's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.producers import libreoffice_convert

REQUEST = DraftRequest(document="d", version="2025-01-01-ja")


def _tree(text: str, name: str = "ja.txt") -> list[tuple[str, str]]:
    imported = import_bytes(text.encode(), name, ".txt", REQUEST)
    return [(p.number, p.text) for point in imported.plan.points
            for p in (point, *point.points)]


@pytest.mark.parametrize(("first", "second"), [("（一）", "（二）"), ("(一)", "(二)"),
                                               ("㈠", "㈡"), ("（一）　", "（二）　")])
@pytest.mark.parametrize("point", ["第二条　", "２．"])
def test_bracketed_kanji_items_are_sub_points(first: str, second: str, point: str) -> None:
    """``（一）`` under ``第二条`` or ``２．`` was run into the point's text (and ``㈠`` too)."""
    opening = "第一条　" if point.startswith("第") else "１．"
    text = (f"和平案の要点\n\n{opening}ウクライナの主権を確認する。\n"
            f"{point}当事者は次のとおり停戦する。\n{first}接触線に沿って戦闘を止める。\n"
            f"{second}国際監視団を置く。\n"
            f"{'第三条　' if point.startswith('第') else '３．'}軍は平時に80万人を保つ。\n")
    assert _tree(text) == [("1", "ウクライナの主権を確認する。"),
                           ("2", "当事者は次のとおり停戦する。"),
                           ("2(一)", "接触線に沿って戦闘を止める。"),
                           ("2(二)", "国際監視団を置く。"),
                           ("3", "軍は平時に80万人を保つ。")]


@pytest.mark.parametrize("marks", ["㈠㈡㈢", "（一）（二）（三）"])
def test_a_list_numbered_only_with_bracketed_kanji(marks: str) -> None:
    """``㈠`` … as the only numbering: no point was found at all (exit 2)."""
    labels = [marks[i] for i in range(3)] if len(marks) == 3 else \
        [marks[i:i + 3] for i in range(0, 9, 3)]
    text = "和平案の要点\n\n" + "".join(
        f"{label}{body}\n" for label, body in zip(labels, [
            "ウクライナの主権を確認する。", "当事者は停戦に合意する。", "軍は平時に80万人を保つ。"],
            strict=True))
    assert _tree(text) == [("1", "ウクライナの主権を確認する。"), ("2", "当事者は停戦に合意する。"),
                           ("3", "軍は平時に80万人を保つ。")]


def test_a_bracketed_kanji_reference_wrapped_onto_a_line_stays_text() -> None:
    text = "１．当事者は、第二条\n（二）に定める監視を受け入れる。\n２．軍は平時に80万人を保つ。\n"
    assert _tree(text) == [("1", "当事者は、第二条（二）に定める監視を受け入れる。"),
                           ("2", "軍は平時に80万人を保つ。")]


@pytest.mark.parametrize("mark", ["〇", "◯", "◎"])
def test_japanese_circle_bullets_list_the_points(mark: str) -> None:
    """``〇`` (the kanji zero an input method gives for まる), ``◯`` and ``◎`` bullet a
    Japanese paper's items: they ran into the item before (``〇``) or opened nothing."""
    text = (f"和平案の要点\n\n○ウクライナの主権を確認する。\n{mark}当事者は停戦に合意する。\n"
            f"{mark}軍は平時に80万人を保つ。\n")
    assert _tree(text) == [("1", "ウクライナの主権を確認する。"), ("2", "当事者は停戦に合意する。"),
                           ("3", "軍は平時に80万人を保つ。")]


def test_a_placeholder_opening_with_kanji_zeros_is_no_bullet() -> None:
    text = "１．〇〇省は監視を行う。\n２．軍は平時に80万人を保つ。\n"
    assert _tree(text) == [("1", "〇〇省は監視を行う。"), ("2", "軍は平時に80万人を保つ。")]


def test_article_items_in_a_libreoffice_pdf(tmp_path: Path) -> None:
    source = tmp_path / "ja.txt"
    source.write_text("安全保障の枠組み\n第1条　ウクライナの主権を確認する。\n"
                      "第2条　当事者は、次の事項に合意する。\n"
                      "（一）接触線に沿って戦闘を止めること。\n"
                      "（二）停戦は国際監視団が見守ること。\n第3条　軍は平時に80万人を保つ。\n",
                      encoding="utf-8")
    pdf = libreoffice_convert(source, "pdf", tmp_path / "out", tmp_path)
    imported = import_bytes(pdf.read_bytes(), "ja.pdf", ".pdf", REQUEST)
    assert [(p.number, p.text) for point in imported.plan.points
            for p in (point, *point.points)] == [
        ("1", "ウクライナの主権を確認する。"), ("2", "当事者は、次の事項に合意する。"),
        ("2(一)", "接触線に沿って戦闘を止めること。"), ("2(二)", "停戦は国際監視団が見守ること。"),
        ("3", "軍は平時に80万人を保つ。")]


QUOTED = {
    "one quotation": ("Издание приводит текст документа:\n\n«1. Суверенитет Украины будет "
                      "подтверждён.\n2. Стороны заключат соглашение о ненападении.\n"
                      "3. Ожидается, что Россия не будет нападать на соседей».\n"),
    "each point quoted": ("Издание приводит текст документа:\n\n«1. Суверенитет Украины будет "
                          "подтверждён».\n«2. Стороны заключат соглашение о ненападении».\n"
                          "«3. Ожидается, что Россия не будет нападать на соседей».\n"),
    "quoted keyword": ("Проект\n\n«Пункт 1». Суверенитет Украины будет подтверждён.\n"
                       "«Пункт 2». Стороны заключат соглашение о ненападении.\n"
                       "«Пункт 3». Ожидается, что Россия не будет нападать на соседей.\n"),
}


@pytest.mark.parametrize("name", sorted(QUOTED))
def test_points_quoted_in_guillemets(name: str) -> None:
    """A story quoting the document's points: ``«1. …`` lost point 1 to the notes, ``«1. …».``
    on every line found no point at all, ``«Пункт 3».`` was taken for a pull quote."""
    assert _tree(QUOTED[name], "ru.txt") == [
        ("1", "Суверенитет Украины будет подтверждён."),
        ("2", "Стороны заключат соглашение о ненападении."),
        ("3", "Ожидается, что Россия не будет нападать на соседей.")]


def test_points_quoted_in_japanese_brackets() -> None:
    text = "和平案の要点\n\n「１．ウクライナの主権を確認する。\n２．当事者は停戦に合意する。」\n"
    assert _tree(text) == [("1", "ウクライナの主権を確認する。"), ("2", "当事者は停戦に合意する。")]


def test_a_quotation_inside_a_quoted_point_keeps_its_marks() -> None:
    text = ("«1. Стороны подписывают «дорожную карту».\n2. Россия не нападает на соседей».\n")
    assert _tree(text, "ru.txt") == [("1", "Стороны подписывают «дорожную карту»."),
                                     ("2", "Россия не нападает на соседей.")]


def test_japanese_pasted_from_a_pdf_viewer_joins_without_spaces() -> None:
    """Hard line breaks of a PDF viewer's copy, mid-word and mid-number too: no space between
    Japanese characters, nor inside ``NATO`` or ``50`` (it read ``NAT O``, ``5 0対50``)."""
    text = ("和平案\n\n１．ウクライナとNAT\nOの協議を続け、兵員は5\n0対50で分け、\n"
            "米国はこれを見守る。\n２．主権を確かめる。\n")
    assert _tree(text) == [
        ("1", "ウクライナとNATOの協議を続け、兵員は50対50で分け、米国はこれを見守る。"),
        ("2", "主権を確かめる。")]


@pytest.mark.parametrize("words", [
    "Гарантії віддзеркалюють статтю", "Гарантии повторяют статью",
    "Порядок определяется согласно пункту", "Порядок визначено відповідно до частини"])
def test_a_cyrillic_reference_wrapped_before_its_number_stays_in_its_point(words: str) -> None:
    """``… віддзеркалюють статтю`` / ``5. Якщо …``: the wrapped reference opened a second
    point 5 (``point 5 appears twice``) and cut point 4 short; only ``статті``, ``статьи``
    and the nominative were known."""
    text = (f"Проєкт\n\n3. Сторони припиняють вогонь.\n4. {words}\n5. Якщо напад "
            "повториться, діє спільна відповідь.\n5. Росія закріплює політику ненападу.\n")
    assert _tree(text, "uk.txt") == [
        ("3", "Сторони припиняють вогонь."),
        ("4", f"{words} 5. Якщо напад повториться, діє спільна відповідь."),
        ("5", "Росія закріплює політику ненападу.")]


def test_an_article_titled_after_a_full_stop() -> None:
    """``Стаття 1. Суверенітет`` (Ukrainian and Russian legislation head an article so): the
    title ran into the text, ``Суверенітет Сторони підтверджують …``."""
    text = ("Проєкт угоди\n\nСтаття 1. Суверенітет\nСторони підтверджують суверенітет України.\n"
            "Стаття 2. Припинення вогню\n1. Сторони припиняють вогонь уздовж лінії зіткнення.\n"
            "2. Моніторинг здійснює міжнародна місія.\n"
            "Статья 3. Численность войск\nЧисленность вооружённых сил ограничивается.\n")
    imported = import_bytes(text.encode(), "uk.txt", ".txt", REQUEST)
    assert [(p.number, p.title, p.text) for p in imported.plan.points] == [
        ("1", "Суверенітет", "Сторони підтверджують суверенітет України."),
        ("2", "Припинення вогню", ""), ("3", "Численность войск",
                                        "Численность вооружённых сил ограничивается.")]
    assert [(c.number, c.text) for c in imported.plan.points[1].points] == [
        ("2(1)", "Сторони припиняють вогонь уздовж лінії зіткнення."),
        ("2(2)", "Моніторинг здійснює міжнародна місія.")]


def test_a_sentence_wrapped_after_an_article_number_is_no_title() -> None:
    text = "Draft\n\nArticle 1. The parties confirm\nUkraine's sovereignty.\nArticle 2. Ceasefire\n"
    imported = import_bytes(text.encode(), "en.txt", ".txt", REQUEST)
    assert [(p.title, p.text) for p in imported.plan.points] == [
        (None, "The parties confirm Ukraine's sovereignty."), (None, "Ceasefire")]


@pytest.mark.parametrize("space", ["\u3000", " "])
def test_a_list_numbered_only_in_kanji_and_a_space(space: str) -> None:
    """``一　…``, ``二　…`` with nothing numbered above them (a government summary): "no
    numbered points found"; under a numbered point, at its indent, they ran into its text:
    they are its items."""
    items = ("ウクライナの主権を確認する。", "不可侵の合意を結ぶ。", "安全の保証を与える。")
    text = "和平案の要旨\n\n" + "".join(f"{n}{space}{item}\n"
                                        for n, item in zip("一二三", items, strict=True))
    assert _tree(text) == [(str(n), item) for n, item in enumerate(items, 1)]
    under = "和平案の要旨\n\n１．当事者は次のとおり合意する。\n" + text.split("\n\n")[1]
    assert [number for number, _ in _tree(under)] == ["1", "1(一)", "1(二)", "1(三)"]


def _ids(text: str) -> list[tuple[str, str, str | None, str]]:
    plan = import_bytes(text.encode(), "summary.txt", ".txt", REQUEST).plan
    return [(p.id, p.number, p.title, p.text) for top in plan.points for p in top.walk()]


@pytest.mark.parametrize("digits", ["１２", "12"])
def test_items_numbered_with_a_space_under_a_kanji_numbered_point(digits: str) -> None:
    """A newspaper's outline of an agreement numbered 一、二、 with an item's list numbered
    ``１　`` ``２　`` under one of them: the list ran into the point's text
    (``…派遣する１ 部隊は…２ 部隊の…``), its numbers lost; its items are the point's."""
    one, two = digits
    text = ("合意文書の骨子は以下の通り。\n\n"
            "一、ロシアとウクライナは全面的な停戦に合意する\n"
            "二、欧州諸国は平和維持部隊を派遣する\n"
            f"\u3000{one}\u3000部隊は接触線から離れた地域に駐留する\n"
            f"\u3000{two}\u3000部隊の規模は今後協議する\n"
            "三、国際社会は復興を支援する\n")
    assert _ids(text) == [
        ("p1", "1", None, "ロシアとウクライナは全面的な停戦に合意する"),
        ("p2", "2", None, "欧州諸国は平和維持部隊を派遣する"),
        ("p2-1", "2(1)", None, "部隊は接触線から離れた地域に駐留する"),
        ("p2-2", "2(2)", None, "部隊の規模は今後協議する"),
        ("p3", "3", None, "国際社会は復興を支援する")]


def test_a_kanji_numbered_section_s_second_paragraph_numbered_as_a_statute_s() -> None:
    """A ministry's summary, sections 一、二、三、 each under its caption, with items (1)
    (２) under two of them and, in the third, a second paragraph numbered ``２　`` as a
    statute numbers it (the first unnumbered): the caption ran into the text
    (``経済制裁は…``) and paragraph 2 into it; now the caption is the title and the two
    paragraphs are 3(1) and 3(2), as under 第3条."""
    text = ("政府がまとめた対処方針の骨子\n\n"
            "一、停戦の監視\n\u3000(1) 監視団を派遣する。\n"
            "\u3000(２) 監視団の規模は三百人とする。\n"
            "二、人道支援\n\u3000(1) 人道回廊を設ける。\n\u3000(２) 食料を輸送する。\n"
            "三、経済\n\u3000制裁は段階的に解除する。\n２\u3000凍結資産は復興基金に充てる。\n")
    assert _ids(text) == [
        ("p1", "1", None, "停戦の監視"),
        ("p1-1", "1(1)", None, "監視団を派遣する。"),
        ("p1-2", "1(2)", None, "監視団の規模は三百人とする。"),
        ("p2", "2", None, "人道支援"),
        ("p2-1", "2(1)", None, "人道回廊を設ける。"),
        ("p2-2", "2(2)", None, "食料を輸送する。"),
        ("p3", "3", "経済", ""),
        ("p3-1", "3(1)", None, "制裁は段階的に解除する。"),
        ("p3-2", "3(2)", None, "凍結資産は復興基金に充てる。")]
