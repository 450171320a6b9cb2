"""A Japanese text printed by LibreOffice: its PDF sets a gap between the kanji and the
digits (``第 1 条``, ``平時に 80 万人``) with no space glyph, and PDFium makes one up. The
import leaves those spaces out, so the PDF reads as its .docx does; a space the text really
holds stays."""

from __future__ import annotations

from pathlib import Path

from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.model import Point
from tests.plans.intake.producers import libreoffice_convert

REQUEST = DraftRequest(document="d", version="2025-01-01-ja")
TEXT = """和平の枠組み
第1条　ウクライナの主権を再確認する。
第2条　当事者は停戦に合意する。
（１）接触線に沿って停戦する。
（２）NATO の監視団が宇宙から監視する。
第3条　ウクライナ軍は平時に80万人を維持する。
"""


def _texts(points: tuple[Point, ...]) -> list[tuple[str, str]]:
    return [(p.number, p.text) for point in points for p in (point, *point.points)]


def test_a_libreoffice_pdf_of_japanese_reads_as_its_docx(tmp_path: Path) -> None:
    source = tmp_path / "ja.txt"
    source.write_text(TEXT, encoding="utf-8")
    docx = libreoffice_convert(source, "docx:MS Word 2007 XML", tmp_path / "out", tmp_path)
    pdf = libreoffice_convert(docx, "pdf", tmp_path / "out", tmp_path)
    from_docx = import_bytes(docx.read_bytes(), "ja.docx", ".docx", REQUEST).plan
    from_pdf = import_bytes(pdf.read_bytes(), "ja.pdf", ".pdf", REQUEST).plan
    assert _texts(from_pdf.points) == _texts(from_docx.points)
    texts = dict(_texts(from_pdf.points))
    assert texts["3"] == "ウクライナ軍は平時に80万人を維持する。"
    assert texts["2(2)"] == "NATO の監視団が宇宙から監視する。"  # a typed space stays


def test_an_ideographic_space_after_a_list_s_number_stays_in_a_browser_s_print(
        tmp_path: Path) -> None:
    """A Japanese page numbering its list ``１　…`` (a number, an ideographic space), printed
    by Chromium: the space is drawn as a gap of a full em with no glyph, and it was left out
    as the quarter em a layout sets between kanji and digits, so ``1ウクライナ…`` opened no
    point (and the next items ran on into it). A gap that wide is the text's space."""
    from tests.plans.intake.producers import chromium_pdf

    items = ["ウクライナの主権を再確認する。", "ロシアとウクライナは不可侵合意を結ぶ。",
             "ウクライナ軍は平時に80万人を維持する。"]
    body = "".join(f"<p>{n}　{text}</p>" for n, text in zip("１２３", items, strict=True))
    page = tmp_path / "ja.html"
    page.write_text(f"<html lang=\"ja\"><body><h1>和平案の全文</h1>{body}</body></html>",
                    encoding="utf-8")
    pdf = chromium_pdf(page, tmp_path / "ja.pdf", tmp_path)
    plan = import_bytes(pdf.read_bytes(), "ja.pdf", ".pdf", REQUEST).plan
    assert _texts(plan.points) == [(str(n), text) for n, text in enumerate(items, 1)]
