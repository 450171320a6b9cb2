"""Word's list numbering in the formats Japanese (and other) documents use: katakana (ア イ ウ,
イ ロ ハ), kanji numerals (一 二 三), the ten stems (甲 乙 丙), circled numbers (① ②), and the
formats whose label is the number however written (01, (1), 1st, One, First). A Word file's
points get the ids and texts the same text pasted gets; a format the reader does not know is
read as decimal numbers and the report names it. Texts are the project's own."""

from __future__ import annotations

from pathlib import Path
from zipfile import ZipFile

import pytest

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from tests.plans.intake.layouts import Para, docx_bytes
from tests.plans.intake.producers import libreoffice_docx

REQUEST = DraftRequest(document="treaty", version="2025-11-21-draft")

ITEMS = ("停戦を守ること。", "捕虜を交換すること。", "避難路を開くこと。")


def _tree(imported: ImportedDraft) -> list[tuple[str, str, str]]:
    return [(p.id, p.number, p.text) for p in imported.plan.walk()]


def _word(fmt: str, text: str, top: tuple[str, str] = ("decimal", "第%1条")) -> bytes:
    """Two articles numbered ``第%1条``, the first with three items in ``fmt``."""
    paragraphs = [Para("両国は次のことを約束する。", num=1),
                  *(Para(item, num=1, level=1) for item in ITEMS),
                  Para("この枠組みは署名の日に効力を生ずる。", num=1)]
    return docx_bytes(paragraphs, {0: top, 1: (fmt, text)})


def _pasted(labels: str, article: str = "第{}条") -> bytes:
    first, second = article.format("1"), article.format("2")
    return (f"{first}　両国は次のことを約束する。\n"
            + "".join(f"　{label}　{item}\n" for label, item in zip(labels.split(), ITEMS,
                                                                   strict=True))
            + f"{second}　この枠組みは署名の日に効力を生ずる。\n").encode()


@pytest.mark.parametrize(("fmt", "text", "shown"), [
    ("aiueoFullWidth", "%2", "ア イ ウ"),
    ("aiueo", "%2", "ｱ ｲ ｳ"),
    ("iroha", "%2", "イ ロ ハ"),
    ("irohaFullWidth", "(%2)", "(イ) (ロ) (ハ)"),
    ("ideographTraditional", "%2", "甲 乙 丙"),
    ("japaneseCounting", "%2", "一 二 三"),
    ("japaneseLegal", "%2", "一 二 三"),  # Word shows 壱 弐 参: the same numbers
    ("ideographDigital", "%2", "一 二 三"),
    ("chineseCounting", "%2", "一 二 三"),
    ("taiwaneseCounting", "%2", "一 二 三"),
    ("decimalEnclosedCircle", "%2", "① ② ③"),
    ("decimalEnclosedParen", "%2", "(1) (2) (3)"),
    ("decimalEnclosedFullstop", "%2", "(1) (2) (3)"),
    ("decimalZero", "(%2)", "(1) (2) (3)"),
    ("ordinal", "%2", "(1) (2) (3)"),
    ("cardinalText", "%2", "(1) (2) (3)"),
    ("ordinalText", "%2", "(1) (2) (3)"),
])
def test_a_word_list_reads_as_the_same_text_pasted(fmt: str, text: str, shown: str) -> None:
    word = import_bytes(_word(fmt, text), "treaty.docx", ".docx", REQUEST)
    pasted = import_bytes(_pasted(shown), "treaty.txt", ".txt", REQUEST)
    assert _tree(word) == _tree(pasted), fmt
    assert len(word.plan.points[0].points) == 3, fmt
    assert not any("format" in f.message for f in word.report.findings), fmt


def test_kana_and_kanji_labels_make_their_ids() -> None:
    """What the ids are (the comparison above only says both readers agree)."""
    ids = {fmt: [p.id for p in import_bytes(_word(fmt, "%2"), "t.docx", ".docx",
                                           REQUEST).plan.points[0].points]
           for fmt in ("aiueoFullWidth", "iroha", "japaneseCounting", "ideographTraditional",
                       "decimalEnclosedCircle")}
    assert ids == {"aiueoFullWidth": ["p1-a", "p1-i", "p1-u"],
                   "iroha": ["p1-i", "p1-ro", "p1-ha"],
                   "japaneseCounting": ["p1-1", "p1-2", "p1-3"],
                   "ideographTraditional": ["p1-1", "p1-2", "p1-3"],
                   "decimalEnclosedCircle": ["p1-1", "p1-2", "p1-3"]}


def test_an_article_numbered_in_kanji() -> None:
    """``第%1条`` in Japanese counting shows 第一条: read as article 1, as pasted."""
    word = import_bytes(_word("aiueoFullWidth", "%2", ("japaneseCounting", "第%1条")),
                        "t.docx", ".docx", REQUEST)
    pasted = import_bytes(_pasted("ア イ ウ", "第{}条"), "t.txt", ".txt", REQUEST)
    assert _tree(word) == _tree(pasted)
    assert [p.number for p in word.plan.points] == ["1", "2"]


def test_an_unknown_format_is_read_as_decimal_and_the_report_says_so() -> None:
    imported = import_bytes(_word("thaiNumbers", "%2"), "t.docx", ".docx", REQUEST)
    assert [p.number for p in imported.plan.points[0].points] == ["1(1)", "1(2)", "1(3)"]
    said = [f.message for f in imported.report.findings if "thaiNumbers" in f.message]
    assert len(said) == 1 and "decimal" in said[0], imported.report.findings


_LIST_STYLE = (
    '<office:automatic-styles><text:list-style style:name="L1">'
    '<text:list-level-style-number text:level="1" style:num-prefix="第" style:num-suffix="条"'
    ' style:num-format="1"/>'
    '<text:list-level-style-number text:level="2" style:num-format="一, 二, 三, ..."/>'
    '<text:list-level-style-number text:level="3" style:num-format="イ, ロ, ハ, ..."/>'
    '</text:list-style><text:list-style style:name="L2">'
    '<text:list-level-style-number text:level="1" style:num-prefix="第" style:num-suffix="条"'
    ' style:num-format="1" text:start-value="2"/>'
    '<text:list-level-style-number text:level="2" style:num-format="ア, イ, ウ, ..."/>'
    '<text:list-level-style-number text:level="3" style:num-format="①, ②, ③, ..."/>'
    '</text:list-style></office:automatic-styles>')


def _odt_list(style: str, lead: str, items: list[tuple[str, list[str]]]) -> str:
    def item(text: str, subs: list[str]) -> str:
        inner = "".join(f"<text:list-item><text:p>{s}</text:p></text:list-item>" for s in subs)
        return (f"<text:list-item><text:p>{text}</text:p>"
                + (f"<text:list>{inner}</text:list>" if subs else "") + "</text:list-item>")

    return (f'<text:list text:style-name="{style}"><text:list-item><text:p>{lead}</text:p>'
            f"<text:list>{''.join(item(t, s) for t, s in items)}</text:list></text:list-item>"
            "</text:list>")


def test_libreoffice_word_file_with_japanese_numbering(tmp_path: Path) -> None:
    """LibreOffice writes its own numbering XML for these formats (一 二 三 as
    ``taiwaneseCountingThousand``, イ ロ ハ as ``iroha``, ア イ ウ as ``aiueoFullWidth``, ① as
    ``decimalEnclosedCircle``): the Word file it makes reads as the same text pasted."""
    body = (_odt_list("L1", "両国は次のことを約束する。",
                      [("停戦を守ること。", []),
                       ("次の者を解放すること。", ["捕虜", "抑留された文民"]),
                       ("避難路を開くこと。", [])])
            + _odt_list("L2", "次の措置をとる。",
                        [("制裁を段階的に解除する。", ["第一段階", "第二段階"]),
                         ("資産の凍結を見直す。", [])]))
    word = libreoffice_docx("numbering", body, tmp_path, _LIST_STYLE)
    numbering = ZipFile(tmp_path / "office" / "numbering.docx").read(
        "word/numbering.xml").decode()
    for fmt in ("aiueoFullWidth", "iroha", "decimalEnclosedCircle"):
        assert f'w:val="{fmt}"' in numbering, fmt
    pasted = ("第1条　両国は次のことを約束する。\n　一　停戦を守ること。\n"
              "　二　次の者を解放すること。\n　　イ　捕虜\n　　ロ　抑留された文民\n"
              "　三　避難路を開くこと。\n"
              "第2条　次の措置をとる。\n　ア　制裁を段階的に解除する。\n　　①　第一段階\n"
              "　　②　第二段階\n　イ　資産の凍結を見直す。\n")
    from_word = import_bytes(word, "numbering.docx", ".docx", REQUEST)
    from_text = import_bytes(pasted.encode(), "numbering.txt", ".txt", REQUEST)
    assert _tree(from_word) == _tree(from_text)
    assert [p.id for p in from_word.plan.walk()] == [
        "p1", "p1-1", "p1-2", "p1-2-i", "p1-2-ro", "p1-3", "p2", "p2-a", "p2-a-1", "p2-a-2",
        "p2-i"], _tree(from_word)
    assert not any("format" in f.message for f in from_word.report.findings)
