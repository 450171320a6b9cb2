"""A PDF's first line set clearly larger than the text is the version's title, as a Word
file's first "Heading 1" and a Markdown "# Title" are. LibreOffice's PDF of pandoc's .docx sets
the heading at 16 points over 12-point text, but its glyphs' height is only 1.25 times the
body's: the title was missed, left as the default, and the heading went to the notes as
"Heading before point 1"."""

from __future__ import annotations

import subprocess
from pathlib import Path

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.producers import libreoffice_convert
from tests.render.docx.pandoc_text import require

REQUEST = DraftRequest(document="d", version="2025-01-01-title")
SOURCE = """# Framework for peace

1. Ukraine's sovereignty is reaffirmed.
2. The parties agree on a ceasefire along the line of contact.
3. Elections are held as soon as possible after signing.
"""


def test_a_heading_over_the_points_is_the_title_in_the_docx_and_its_pdf(
        tmp_path: Path) -> None:
    source = tmp_path / "draft.md"
    source.write_text(SOURCE, encoding="utf-8")
    docx = tmp_path / "draft.docx"
    subprocess.run([require("pandoc"), str(source), "-o", str(docx)], check=True,
                   capture_output=True, timeout=120)
    pdf = libreoffice_convert(docx, "pdf", tmp_path / "out", tmp_path)
    for data, name in ((docx.read_bytes(), "draft.docx"), (pdf.read_bytes(), "draft.pdf")):
        plan = import_bytes(data, name, name[name.rindex("."):], REQUEST).plan
        assert plan.title == "Framework for peace", name
        assert plan.notes is None, name
        assert [p.number for p in plan.points] == ["1", "2", "3"]


def test_a_news_pages_wrapped_heading_under_the_sites_name_is_the_title(
        tmp_path: Path) -> None:
    """Chromium prints the site's name and its menu above the article's ``<h1>``, which
    wraps over two lines: the first line of the page is no heading, so the title was left
    as the default and the heading went to the notes."""
    from tests.plans.intake.producers import chromium_pdf
    heading = "Outline explained: the ceasefire, the prisoners and the elections"
    page = tmp_path / "page.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Outline | Harbor'
        ' Daily</title><style>body{max-width:36em;margin:auto}h1{font-size:2.2em}</style>'
        '</head><body><header><div>Harbor Daily</div><nav>World Politics Business</nav>'
        f'</header><main><article><h1>{heading}</h1><p>The outline has three points.</p>'
        "<p>1. All fire stops along the line within three days.</p><p>2. Prisoners are "
        "exchanged all for all.</p><p>3. Elections follow within a hundred days.</p>"
        "</article></main></body></html>", encoding="utf-8")
    pdf = chromium_pdf(page, tmp_path / "page.pdf", tmp_path)
    imported = import_bytes(pdf.read_bytes(), "page.pdf", ".pdf", REQUEST)
    assert imported.plan.title == heading
    assert [p.number for p in imported.plan.points] == ["1", "2", "3"]
    assert "Heading before point 1: Outline" not in (imported.plan.notes or "")


def test_a_preamble_or_part_heading_under_a_draft_stamp_is_no_title(tmp_path: Path) -> None:
    """A draft's stamp over its first section's heading: the heading names the section,
    not the draft, and stays a heading."""
    from weasyprint import HTML
    for heading in ("Preamble", "Part I. Security"):
        pdf = tmp_path / "draft.pdf"
        HTML(string="<html><body style='font-size:11pt'><p>Draft – not for distribution</p>"
                    f"<h2 style='font-size:20pt'>{heading}</h2><p>1. The parties confirm the "
                    "ceasefire.</p><p>2. Prisoners are exchanged.</p><p>3. Observers watch "
                    "the line.</p></body></html>").write_pdf(pdf)
        imported = import_bytes(pdf.read_bytes(), "draft.pdf", ".pdf", REQUEST)
        assert imported.plan.title != heading, heading
        assert [p.number for p in imported.plan.points] == ["1", "2", "3"], heading


def test_a_heading_under_a_menu_printed_as_bullets_is_the_title(tmp_path: Path) -> None:
    """A site's menu is a list (``<ul><li>World</li>…``), which a browser prints as bullet
    lines under the site's name: they are no point and no sentence, so the Japanese
    article's heading under them is the version's title, not a heading in the notes."""
    from tests.plans.intake.producers import chromium_pdf
    heading = "和平案の主な項目　首脳が内容を説明"
    page = tmp_path / "page.html"
    page.write_text(
        '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>和平案 | 港新聞'
        '</title></head><body><header><div>港新聞ウェブ</div><ul class="gnav"><li>国際</li>'
        "<li>政治</li><li>経済</li><li>社会</li></ul></header><main><article>"
        f"<h1>{heading}</h1><p>2025年12月24日</p><p>主な項目は次のとおり。</p>"
        "<p>①主権を改めて確認する。</p><p>②完全な不可侵協定を結ぶ。</p>"
        "<p>③強固な安全の保証を受ける。</p></article></main></body></html>",
        encoding="utf-8")
    pdf = chromium_pdf(page, tmp_path / "page.pdf", tmp_path)
    imported = import_bytes(pdf.read_bytes(), "page.pdf", ".pdf", REQUEST)
    assert imported.plan.title == heading.replace("\u3000", " ")  # spacing folded
    assert [p.number for p in imported.plan.points] == ["1", "2", "3"]
    assert "国際" in (imported.plan.notes or "")  # the menu is kept, in the notes
