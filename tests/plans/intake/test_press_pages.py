"""Drafts as the press prints them: a news page around the list (byline, share bar, pull
quote, ad label, the article's prose before and after the points), pasted text with
no-break spaces and Windows line ends, a list that is only part of an announced count.
Texts are the project's own; Word files are written by pandoc, a real client."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from tests.plans.intake.producers import chromium_pdf
from tests.render.docx.pandoc_text import require

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Full text: the 12-point outline</title>
</head><body>
<div class="cookie-banner">We use cookies. <button>Accept</button></div>
<header><nav><a href="/world">World</a></nav></header>
<main><article>
<h1>Full text: the 12-point ceasefire outline</h1>
<p class="article-byline">By A. Writer</p>
<div class="share-tools"><a href="#">Share</a></div>
<p>Negotiators circulated the outline on Friday. The first points read as follows.</p>
<p><strong>1.</strong> The parties confirm the sovereignty of the state.</p>
<p><strong>2.</strong> A full ceasefire takes effect 72 hours after signature.</p>
<blockquote class="pull-quote"><p>"We are closer than ever," one official said.</p></blockquote>
<p><strong>3.</strong> An international mission monitors the line of contact.</p>
<p><b>4.</b> Prisoners of war are exchanged on an all-for-all basis.</p>
<div class="ad-slot"><span>Advertisement</span></div>
<p><strong>5.</strong> Frozen assets are placed in a reconstruction fund.</p>
<p>Officials said the remaining points were still under discussion.</p>
<p class="author-bio">A. Writer covers diplomacy.</p>
</article></main>
<footer><p>Copyright The Ledger</p></footer>
</body></html>
"""

POINTS = [("1", "The parties confirm the sovereignty of the state."),
          ("2", "A full ceasefire takes effect 72 hours after signature."),
          ("3", "An international mission monitors the line of contact."),
          ("4", "Prisoners of war are exchanged on an all-for-all basis."),
          ("5", "Frozen assets are placed in a reconstruction fund.")]


def _points(imported: ImportedDraft) -> list[tuple[str, str]]:
    return [(p.number, p.text) for p in imported.plan.points]


def _messages(imported: ImportedDraft) -> list[str]:
    return [f.message for f in imported.report.findings]


def test_news_page_keeps_only_the_points() -> None:
    imported = import_bytes(NEWS_PAGE.encode(), "page.html", ".html", REQUEST)
    assert _points(imported) == POINTS
    notes = imported.plan.notes or ""
    assert "Officials said the remaining points" in notes  # prose after the list
    assert "Negotiators circulated" in notes
    text = " ".join(p.text for p in imported.plan.walk())
    for furniture in ("closer than ever", "covers diplomacy", "Copyright", "cookies",
                      "By A. Writer"):
        assert furniture not in text
    # the announced count is checked, and the missing numbers are named, none made up
    assert any("announces 12 points but 5 were found: 6-12 not in the text" in m
               for m in _messages(imported))
    assert any("after point 5" in m and "notes" in m for m in _messages(imported))


def test_pull_quote_and_prose_after_the_list_through_word(tmp_path: Path) -> None:
    """The same page saved as .docx by pandoc and by LibreOffice: the pull quote reaches Word
    as a paragraph of its own inside point 2 (a block quote), the prose after the last point
    as more paragraphs of point 5. The quotation with its speaker goes to point 2's notes,
    the prose to the version's notes, in Word as on the page."""
    page = tmp_path / "page.html"
    page.write_text(NEWS_PAGE, encoding="utf-8")
    subprocess.run([require("pandoc"), str(page), "-o", str(tmp_path / "pandoc.docx")],
                   check=True)
    (tmp_path / "lo").mkdir()
    subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                    str(tmp_path / "lo"), str(page)], check=True, capture_output=True,
                   timeout=180)
    for out in (tmp_path / "pandoc.docx", tmp_path / "lo" / "page.docx"):
        imported = import_bytes(out.read_bytes(), out.name, ".docx", REQUEST)
        assert _points(imported) == POINTS, out
        assert "closer than ever" in (imported.plan.points[1].notes or ""), out
        notes = imported.plan.notes or ""
        assert "remaining points" in notes and "covers diplomacy" in notes, out
        assert [f.kind for f in imported.report.warnings] == ["count"], out  # 12 announced


def test_pull_quote_and_prose_after_the_list_through_pdf(tmp_path: Path) -> None:
    """The same page printed to PDF by Chromium and converted by LibreOffice: every block is
    one line set apart by spacing (a heading's wider margins must not make that spacing the
    line pitch), so the pull quote, the ad label and the prose after the list are
    paragraphs of their own, and leave the points."""
    page = tmp_path / "page.html"
    page.write_text(NEWS_PAGE, encoding="utf-8")
    chrome = tmp_path / "chrome.pdf"
    chromium_pdf(page, chrome, tmp_path)
    (tmp_path / "lo").mkdir()
    subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path / "lo"),
                    str(page)], check=True, capture_output=True, timeout=180)
    for out in (chrome, tmp_path / "lo" / "page.pdf"):
        imported = import_bytes(out.read_bytes(), out.name, ".pdf", REQUEST)
        assert _points(imported) == POINTS, out
        assert "closer than ever" in (imported.plan.points[1].notes or ""), out
        assert "Advertisement" in (imported.plan.points[3].notes or ""), out
        notes = imported.plan.notes or ""
        assert "remaining points" in notes and "covers diplomacy" in notes, out
        assert [f.kind for f in imported.report.warnings] == ["count"], out


def test_prose_after_the_list_when_a_point_has_two_paragraphs() -> None:
    """Another point runs over two paragraphs, so the last point's further paragraphs may be
    its own: those that read as a reporter's ("officials said", "the remaining points") are
    the article's, and go to the notes without a warning; a point's own second paragraph
    stays."""
    text = ("Negotiators released the text.\n\n1. The parties confirm sovereignty.\n\n2. A "
            "fund is set up.\n\nIt is financed by frozen assets.\n\n3. Monitors deploy.\n\n"
            "4. Elections are held.\n\nThey are observed by monitors.\n\nOfficials said the "
            "remaining points were still open.\n\nTalks resume on Monday.\n")
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    assert _points(imported)[3] == ("4", "Elections are held.\n\nThey are observed by "
                                         "monitors.")
    notes = imported.plan.notes or ""
    assert "Officials said the remaining points" in notes and "Talks resume" in notes
    assert not imported.report.warnings
    uk = ("1. Сторони підтверджують суверенітет.\n\n2. Створюється фонд.\n\nЙого "
          "наповнюють заморожені активи.\n\n3. Моніторингова місія розгортається.\n\n"
          "«Ми ближчі до миру, ніж будь-коли», – заявив посадовець.\n\n4. Вибори "
          "проводяться.\n\nЗа словами джерела, решта пунктів ще обговорюється.\n")
    imported = import_bytes(uk.encode(), "uk.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        "Сторони підтверджують суверенітет.",
        "Створюється фонд.\n\nЙого наповнюють заморожені активи.",
        "Моніторингова місія розгортається.", "Вибори проводяться."]
    assert "ближчі до миру" in (imported.plan.points[2].notes or "")
    assert "решта пунктів" in (imported.plan.notes or "")


def test_a_point_in_two_paragraphs_keeps_both() -> None:
    """Prose after the list is told apart only when every other point is one paragraph: a
    point that runs over two paragraphs keeps them, whatever follows."""
    text = ("1. The parties confirm sovereignty.\n\n2. A fund is set up.\n\nIt is financed "
            "by frozen assets.\n\n3. Monitors deploy.\n\n4. Elections are held.\n\nThey are "
            "observed by monitors.\n")
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    assert _points(imported)[1] == ("2", "A fund is set up.\n\nIt is financed by frozen "
                                         "assets.")
    assert _points(imported)[3] == ("4", "Elections are held.\n\nThey are observed by "
                                         "monitors.")


def test_no_break_spaces_and_windows_line_ends() -> None:
    """Text copied from a web page into a Windows editor: ``1.&nbsp;Text`` and CRLF."""
    data = ("1.\u00a0The parties confirm sovereignty.\r\n2.\u00a0A \u201cceasefire\u201d "
            "takes effect.\r\n3.\u202fMonitors deploy.\r\n3.\u00a0Monitors deploy "
            "again.\r\n5.\u2009Sanctions are eased.\r\n").encode()
    imported = import_bytes(data, "pasted.txt", ".txt", REQUEST)
    assert _points(imported) == [("1", "The parties confirm sovereignty."),
                                 ("2", "A \u201cceasefire\u201d takes effect."),
                                 ("3", "Monitors deploy."), ("3", "Monitors deploy again."),
                                 ("5", "Sanctions are eased.")]
    warnings = [f.message for f in imported.report.warnings]
    assert any("appears twice" in m for m in warnings)
    assert any("4 missing" in m for m in warnings)


def test_announced_count_in_a_japanese_headline() -> None:
    page = ("<html><body><article><h1>和平案２０項目の要旨</h1><p>１．主権を確認する。</p>"
            "<p>２．不可侵の合意を結ぶ。</p></article></body></html>")
    imported = import_bytes(page.encode(), "ja.html", ".html", REQUEST)
    assert [n for n, _ in _points(imported)] == ["1", "2"]
    assert imported.report.announced == 20
    assert any("3-20 not in the text" in f.message for f in imported.report.warnings)


def test_lists_numbered_only_in_brackets_or_circles() -> None:
    """A summary numbered （１）… or ①… with no ``1.`` before it: those are its points (they
    were read as sub-points of nothing, and the import found no points)."""
    for text in ("要旨は次の通り。\n\n（１）主権を確認する。\n（２）不可侵の合意を結ぶ。\n"
                 "（３）安全の保証を与える。\n",
                 "ポイント\n①主権を確認する。\n②不可侵の合意を結ぶ。\n③安全の保証を与える。\n"):
        imported = import_bytes(text.encode(), "ja.txt", ".txt", REQUEST)
        assert _points(imported) == [("1", "主権を確認する。"), ("2", "不可侵の合意を結ぶ。"),
                                     ("3", "安全の保証を与える。")]
    text = ("The memorandum:\n(1) The parties confirm sovereignty:\n(a) within the borders;"
            "\n(b) at sea.\n(2) A ceasefire takes effect.\n")
    imported = import_bytes(text.encode(), "m.txt", ".txt", REQUEST)
    assert [(p.number, [c.number for c in p.points]) for p in imported.plan.points] == [
        ("1", ["1(a)", "1(b)"]), ("2", [])]


def test_amp_page_leaves_out_its_components() -> None:
    page = ("<!doctype html><html amp><body><amp-sidebar layout='nodisplay'><ul><li>Home</li>"
            "</ul></amp-sidebar><article><h1>The plan</h1><p>1. The parties confirm "
            "sovereignty.</p><amp-ad type='x'><div placeholder>Loading ad</div></amp-ad>"
            "<p>2. A ceasefire takes effect.</p><amp-social-share type='email'>Email"
            "</amp-social-share><p>3. Monitors deploy.</p></article></body></html>")
    imported = import_bytes(page.encode(), "amp.html", ".html", REQUEST)
    assert _points(imported) == [("1", "The parties confirm sovereignty."),
                                 ("2", "A ceasefire takes effect."), ("3", "Monitors deploy.")]



def test_amp_page_leaves_out_its_embeds_and_their_placeholders() -> None:
    """An AMP page embeds posts and videos as components (``amp-instagram``,
    ``amp-facebook``, ``amp-youtube`` …) whose placeholder or fallback text is in the page:
    it was read as the point's text ("Loading post 4. Update")."""
    page = ("<!doctype html><html amp><body><article><h1>The plan</h1>"
            "<p>1. The parties confirm sovereignty.</p>"
            "<amp-instagram data-shortcode='x' layout='responsive' width='1' height='1'>"
            "<div placeholder><p>Photo caption text</p></div></amp-instagram>"
            "<p>2. A ceasefire takes effect.</p>"
            "<amp-facebook layout='responsive' width='5' height='3' data-href='x'>"
            "<div placeholder>Loading post 4. Update</div></amp-facebook>"
            "<amp-youtube data-videoid='x' layout='responsive' width='4' height='3'>"
            "<div fallback>Watch: 5. Briefing</div></amp-youtube>"
            "<amp-vimeo data-videoid='1' layout='responsive' width='4' height='3'>Video"
            "</amp-vimeo><amp-tiktok data-src='x' width='3' height='5'>TikTok</amp-tiktok>"
            "<p>3. Monitors deploy.</p></article></body></html>")
    imported = import_bytes(page.encode(), "amp.html", ".html", REQUEST)
    assert _points(imported) == [("1", "The parties confirm sovereignty."),
                                 ("2", "A ceasefire takes effect."), ("3", "Monitors deploy.")]

JA_STATUTE = """第1条（目的）

この枠組みは、安全を保証することを目的とする。

第2条（保証）

締約国は、攻撃があった場合、直ちに協議する。

２　締約国は、必要な支援を行う。

３　前二項の規定は、署名の日から適用する。

第3条（期間）

この枠組みは、署名の日から効力を生ずる。
"""


def test_japanese_article_paragraphs_numbered_with_a_space(tmp_path: Path) -> None:
    """``２　…`` inside ``第2条``: paragraph 2, the unnumbered text before it paragraph 1 (as
    Japanese statutes print them); through a Word file written by pandoc."""
    source = tmp_path / "ja.md"
    source.write_text(JA_STATUTE, encoding="utf-8")
    out = tmp_path / "ja.docx"
    subprocess.run([require("pandoc"), str(source), "-o", str(out)], check=True)
    imported = import_bytes(out.read_bytes(), "ja.docx", ".docx", REQUEST)
    points = imported.plan.points
    assert [(p.number, p.title) for p in points] == [("1", "目的"), ("2", "保証"),
                                                     ("3", "期間")]
    assert [(c.number, c.text) for c in points[1].points] == [
        ("2(1)", "締約国は、攻撃があった場合、直ちに協議する。"),
        ("2(2)", "締約国は、必要な支援を行う。"),
        ("2(3)", "前二項の規定は、署名の日から適用する。")]
    assert points[2].text == "この枠組みは、署名の日から効力を生ずる。"
    assert not imported.report.warnings


SAVED_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Outline | The Ledger</title></head><body>
<div class="cookie-banner">We use cookies.</div>
<main><article>
<h1>Outline of the accord</h1>
<p>The draft reads as follows:</p>
<p>1. The parties confirm sovereignty.<br>2. A ceasefire takes effect within three days.</p>
<h2>3. Elections</h2>
<p>Elections are held within one hundred days of signature.</p>
<h2>4. Reconstruction</h2>
<p>A fund pays for rebuilding, financed in part by frozen assets.</p>
</article>
<section class="more-stories"><h2>Related</h2><ol><li>Talks stall over the border</li>
<li>What the accord means for trade</li></ol></section>
</main>
<footer><p>Copyright The Ledger</p></footer>
</body></html>
"""
SAVED_POINTS = [("1", None, "The parties confirm sovereignty."),
                ("2", None, "A ceasefire takes effect within three days."),
                ("3", "Elections", "Elections are held within one hundred days of signature."),
                ("4", "Reconstruction", "A fund pays for rebuilding, financed in part by frozen "
                                        "assets.")]


def test_saved_page_through_libreoffice_and_chromium(tmp_path: Path) -> None:
    """A whole saved page (menu, cookie notice, a 'Related' list, footer) opened in
    LibreOffice and saved as .docx, and printed to PDF by Chromium: these keep all of the
    page, so its furniture reaches plandiff as text. The points come out alone, with their
    heading titles (a PDF's larger lines are headings), the related stories are not points
    4 and 5 again, and the .docx is named after the article's heading."""
    page = tmp_path / "page.html"
    page.write_text(SAVED_PAGE, encoding="utf-8")
    subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                    str(tmp_path), str(page)], check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "page.pdf"
    chromium_pdf(page, pdf, tmp_path)
    for name in ("page.docx", "page.pdf"):
        imported = import_bytes((tmp_path / name).read_bytes(), name, Path(name).suffix,
                                REQUEST)
        points = [(p.number, p.title, p.text) for p in imported.plan.points]
        assert points == SAVED_POINTS, name
        assert not imported.report.warnings, name
        assert "Talks stall" in (imported.plan.notes or ""), name
    docx = import_bytes((tmp_path / "page.docx").read_bytes(), "page.docx", ".docx", REQUEST)
    assert docx.plan.title == "Outline of the accord"


@pytest.mark.parametrize(("text", "expected"), [
    # a list run into one sentence after a colon
    ("The document lists: 1) sovereignty is confirmed; 2) a pact is signed; 3) guarantees "
     "are given.\n", [("1", "sovereignty is confirmed;"), ("2", "a pact is signed;"),
                      ("3", "guarantees are given.")]),
    # a Telegram channel's keycap numbers
    ("Головне:\n1\ufe0f\u20e3 Суверенітет підтверджено.\n2\ufe0f\u20e3 Угода про ненапад.\n",
     [("1", "Суверенітет підтверджено."), ("2", "Угода про ненапад.")]),
    # … and its emoji bullets, before a number or alone (▪️ is ▪ and U+FE0F, which showed
    # as a stray character and hid the number: points 3 and 4 became sub-points of 2)
    ("Головне:\n1. Суверенітет підтверджено.\n2. Угода про ненапад.\n"
     "\u25aa\ufe0f 3. Гарантії безпеки.\n\u25aa\ufe0f 4. Армія 800 тис.\n"
     "\U0001f539 5. Членство в ЄС.\n\u2705 6. Вибори.\n\u27a1\ufe0f 7. Обмін полоненими.\n",
     [("1", "Суверенітет підтверджено."), ("2", "Угода про ненапад."),
      ("3", "Гарантії безпеки."), ("4", "Армія 800 тис."), ("5", "Членство в ЄС."),
      ("6", "Вибори."), ("7", "Обмін полоненими.")]),
    # kanji item numbers
    ("一、主権を確認する。\n二、不可侵の合意を結ぶ。\n",
     [("1", "主権を確認する。"), ("2", "不可侵の合意を結ぶ。")]),
    # part headings I., II. between the points close the point before them
    ("I. Sovereignty\n1. The parties confirm sovereignty.\n2. Borders are respected.\n"
     "II. Security\n3. Guarantees are given.\n",
     [("1", "The parties confirm sovereignty."), ("2", "Borders are respected."),
      ("3", "Guarantees are given.")]),
    # numbers alone on their lines (a designed page's number boxes, pasted)
    ("The points read:\n\n1\nSovereignty is reaffirmed.\n\n2\nA pact is signed.\n",
     [("1", "Sovereignty is reaffirmed."), ("2", "A pact is signed.")]),
    # a sentence wrapped just before a number is not a new point
    ("1. The parties confirm sovereignty.\n2. The arrangements described in point\n1. above "
     "apply from signature.\n3. Elections are held in\n2026. Observers are invited.\n",
     [("1", "The parties confirm sovereignty."),
      ("2", "The arrangements described in point 1. above apply from signature."),
      ("3", "Elections are held in 2026. Observers are invited.")]),
    # ... but a name's initial at a line's start is text
    ("1. Talks are held.\nThe statement was signed by\nV. Zelensky and others.\n2. Monitors "
     "deploy.\n", [("1", "Talks are held. The statement was signed by V. Zelensky and "
                         "others."), ("2", "Monitors deploy.")]),
])
def test_press_numbering_styles(text: str, expected: list[tuple[str, str]]) -> None:
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    assert _points(imported) == expected
    assert not imported.report.warnings


def test_decimal_sub_points() -> None:
    """``1.1.``, ``1.2`` under point 1 (Ukrainian and Russian official texts): sub-points
    1.1, 1.2 (they ran into point 1's text, and "1.2." was split as point 2); a number
    like "2.5 млрд" at a line's start stays text."""
    text = ("1. Общие положения\n1.1. Стороны подтверждают суверенитет.\n1.2. Стороны "
            "отказываются от применения силы.\n2. Гарантии безопасности\n2.1 Партнёры "
            "предоставляют гарантии.\n2.1.1. Гарантии действуют 10 лет, а расходы составят\n"
            "2.5 млрд евро в год.\n3. Заключительные положения.\n")
    imported = import_bytes(text.encode(), "ru.txt", ".txt", REQUEST)
    assert not imported.report.warnings
    tree = [(p.number, p.title, p.text, [(c.number, c.text, [g.number for g in c.points])
                                         for c in p.points]) for p in imported.plan.points]
    assert tree == [
        ("1", "Общие положения", "", [("1.1", "Стороны подтверждают суверенитет.", []),
                                      ("1.2", "Стороны отказываются от применения силы.",
                                       [])]),
        ("2", "Гарантии безопасности", "", [("2.1", "Партнёры предоставляют гарантии.",
                                             ["2.1.1"])]),
        ("3", None, "Заключительные положения.", [])]
    assert imported.plan.points[1].points[0].points[0].text == \
        "Гарантии действуют 10 лет, а расходы составят 2.5 млрд евро в год."


def test_numbers_in_their_own_boxes_on_a_designed_page() -> None:
    page = ("<html><body><article><h1>The plan</h1>"
            "<div class='point'><div class='point__number'>1</div><div>The parties confirm "
            "sovereignty.</div></div><div class='point'><span class='num'>2</span><span>A "
            "ceasefire takes effect.</span></div><div class='point'><span class='num'>03"
            "</span> <p>Monitors deploy.</p></div><p>Turnout was <span class='num'>40"
            "</span> percent.</p></article></body></html>")
    imported = import_bytes(page.encode(), "p.html", ".html", REQUEST)
    assert _points(imported) == [("1", "The parties confirm sovereignty."),
                                 ("2", "A ceasefire takes effect."),
                                 ("3", "Monitors deploy.\n\nTurnout was 40 percent.")]


def test_numbers_set_in_bold_without_a_dot() -> None:
    """A page that sets each point's number in bold with no dot after it (``<p><b>1</b>
    The parties …``): the bold number opens the point; a bold number running on in small
    letters (``<b>28</b> points make up …``) is a sentence, and a bold word is text."""
    page = ("<html><body><article><h1>The plan</h1>"
            "<p><strong>28</strong> points make up the draft, published below.</p>"
            "<p><b>1</b> The parties confirm sovereignty.</p>"
            "<p><strong>2</strong>\u00a0A ceasefire takes effect.</p>"
            "<p><b>3</b> <b>Monitors</b> deploy within a month.</p>"
            "<p><b>４</b> 選挙を実施する。</p></article></body></html>")
    imported = import_bytes(page.encode(), "p.html", ".html", REQUEST)
    assert _points(imported) == [("1", "The parties confirm sovereignty."),
                                 ("2", "A ceasefire takes effect."),
                                 ("3", "Monitors deploy within a month."),
                                 ("4", "選挙を実施する。")]
    assert "28 points make up the draft" in (imported.plan.notes or "")


def test_a_link_list_heading_alone_on_a_line_in_pasted_text() -> None:
    """Pasted text has no heading marks: "Related" or "Читайте також" alone on a line after
    the points is that heading all the same, so its numbered stories are not points 1, 2
    again and the last point ends there."""
    for heading in ("Related", "Читайте також", "関連記事", "Most read:"):
        text = (f"1. The parties confirm sovereignty.\n2. Monitors deploy.\n\n{heading}\n"
                "1. Talks stall over the border\n2. What the accord means for trade\n")
        imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
        assert _points(imported) == [("1", "The parties confirm sovereignty."),
                                     ("2", "Monitors deploy.")], heading
        assert "Talks stall" in (imported.plan.notes or ""), heading
        assert not imported.report.warnings, heading


def test_pull_quotes_without_a_speaker_or_inside_a_paragraph() -> None:
    """A pull quote pasted as a paragraph of its own with no speaker, one on the line after
    a point's text with no blank line, and one run into the point's paragraph: all go to the
    point's notes, and each move is reported. A clause's own quotation (after "as follows:",
    or inside its sentence) stays."""
    text = ("1. The parties confirm the sovereignty of the state.\n\n2. A full ceasefire "
            "takes effect 72 hours after signature.\n\n\"We are closer than ever to a deal."
            "\"\n\n3. An international mission monitors the line.\n\"This is the hardest "
            "part,\" one diplomat said.\n4. Prisoners are exchanged. \"Nobody will be left "
            "behind,\" a negotiator told reporters.\n5. The law on the mission is amended as "
            "follows:\n\n\"The mission reports each week.\"\n\n6. The parties adopt the "
            "principle of \"all for all\".\n")
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    assert _points(imported) == [
        ("1", "The parties confirm the sovereignty of the state."),
        ("2", "A full ceasefire takes effect 72 hours after signature."),
        ("3", "An international mission monitors the line."),
        ("4", "Prisoners are exchanged."),
        ("5", "The law on the mission is amended as follows:\n\n\"The mission reports each "
              "week.\""),
        ("6", "The parties adopt the principle of \"all for all\".")]
    notes = [p.notes or "" for p in imported.plan.points]
    assert "closer than ever" in notes[1] and "hardest part" in notes[2]
    assert "left behind" in notes[3]
    assert sum("quotation" in m for m in _messages(imported)) == 3
    uk = ("1. Сторони підтверджують суверенітет.\n2. Місія розгортається. «Це найважча "
          "частина», – заявив дипломат.\n\n«Ми ближчі до миру, ніж будь-коли.»\n\n"
          "3. Вибори проводяться.\n")
    imported = import_bytes(uk.encode(), "uk.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        "Сторони підтверджують суверенітет.", "Місія розгортається.", "Вибори проводяться."]
    assert "найважча" in (imported.plan.points[1].notes or "")
    assert "ближчі до миру" in (imported.plan.points[1].notes or "")


def test_prose_after_the_list_that_names_no_speaker() -> None:
    """Another point runs over two paragraphs and the article's closing prose names no
    speaker: it reads as a news story's all the same (a day, "declined to comment", the
    people of a story), and leaves the last point; a point's own second paragraph stays."""
    for closing, language in (("The talks resume in Geneva next week.\n\nNeither side "
                               "commented on the timing.", "en"),
                              ("Переговори продовжаться наступного тижня.", "uk"),
                              ("交渉は来週再開される。", "ja")):
        text = ("1. The parties confirm sovereignty.\n\n2. A fund is set up.\n\nIt is "
                "managed jointly by the parties.\n\n3. Monitors deploy.\n\n4. Elections are "
                f"held within one hundred days.\n\n{closing}\n")
        imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
        points = _points(imported)
        assert points[1] == ("2", "A fund is set up.\n\nIt is managed jointly by the "
                                  "parties."), language
        assert points[3] == ("4", "Elections are held within one hundred days."), language
        assert closing.split("\n")[0] in (imported.plan.notes or ""), language
        assert not imported.report.warnings, language


def test_a_quotation_alone_on_a_line_of_pasted_text() -> None:
    """Pasted with no blank lines: a line that is a quotation alone after a finished
    sentence is a pull quote; after "as follows:", or inside a wrapped sentence, it stays."""
    text = ("1. The parties confirm sovereignty.\n2. A full ceasefire takes effect.\n\"We are "
            "closer than ever.\"\n3. The law is amended as follows:\n\"The mission reports each "
            "week.\"\n4. Monitors deploy along the\n\"line of contact\" agreed in Minsk.\n")
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    assert _points(imported) == [
        ("1", "The parties confirm sovereignty."), ("2", "A full ceasefire takes effect."),
        ("3", "The law is amended as follows: \"The mission reports each week.\""),
        ("4", "Monitors deploy along the \"line of contact\" agreed in Minsk.")]
    assert "closer than ever" in (imported.plan.points[1].notes or "")


def test_an_aside_inside_a_list_item_is_the_points() -> None:
    """A drafter's boxed note (``<aside>``) inside an item belongs to the point: it is read as
    the point's own paragraph, and an editor's note in it goes to the point's notes as any
    editorial aside does. Outside the list, an ``<aside>`` is the page's (left out), and
    inside an item one marked as furniture (``class="related"``) still is."""
    page = ("<html><body><main><article><h1>Draft</h1><aside><p>Most read today</p></aside><ol>"
            "<li>The ceasefire holds along the line of contact.<aside><p>The line is the one "
            "held on the first of May.</p></aside></li>"
            "<li><p>Monitors deploy within a week.</p><aside>[Editor's note: the number of "
            "monitors is still open.]</aside></li>"
            "<li>Prisoners are exchanged.<aside class=\"related\"><p>Related: earlier swaps"
            "</p></aside></li></ol></article></main></body></html>")
    imported = import_bytes(page.encode(), "page.html", ".html", REQUEST)
    first, second, third = imported.plan.points
    assert first.text == ("The ceasefire holds along the line of contact.\n\nThe line is the "
                          "one held on the first of May.")
    assert second.text == "Monitors deploy within a week."
    assert "number of monitors is still open" in (second.notes or "")
    assert any(f.kind == "aside" for f in imported.report.findings)
    assert third.text == "Prisoners are exchanged."
    everything = " ".join([imported.plan.notes or "", *(p.text for p in imported.plan.walk())])
    assert "Most read" not in everything and "earlier swaps" not in everything


def test_embedded_posts_between_the_points_are_not_the_draft() -> None:
    """A news page embeds posts from social networks as their widget markup (X's
    ``blockquote.twitter-tweet``, Instagram's, TikTok's, Bluesky's, Threads', Facebook's):
    with the script not run, the post's text is in the page, and a numbered post became
    sub-points of the point above it."""
    page = """<html><body><article>
<p>1. A full ceasefire takes effect once every party agrees.</p>
<blockquote class="twitter-tweet" data-dnt="true"><p lang="en" dir="ltr">1. Big day.
2. More to follow.</p>&mdash; Someone (@someone) <a href="https://x.example/s/1">Dec 24, 2025</a>
</blockquote>
<p>2. Ukraine holds elections as soon as possible after signing.</p>
<blockquote class="instagram-media" data-instgrm-version="14"><div><p>A photo from Kyiv</p>
</div></blockquote>
<blockquote class="bluesky-embed"><p>3. Watch this space.</p></blockquote>
<blockquote class="tiktok-embed"><section><p>#peace</p></section></blockquote>
<blockquote class="text-post-media"><p>Posted on Threads</p></blockquote>
<div class="fb-post" data-href="https://fb.example/1"><p>Shared a post</p></div>
<p>3. Prisoners are exchanged all for all.</p>
</article></body></html>"""
    imported = import_bytes(page.encode(), "page.html", ".html", REQUEST)
    plan = imported.plan
    assert [(p.number, p.text) for p in plan.points] == [
        ("1", "A full ceasefire takes effect once every party agrees."),
        ("2", "Ukraine holds elections as soon as possible after signing."),
        ("3", "Prisoners are exchanged all for all.")]
    assert all(not p.points and not p.notes for p in plan.points)


def test_a_headline_list_beside_the_article_inside_main() -> None:
    """A page's ``<main>`` holds the ``<article>`` and, beside it, a numbered list of
    headlines (most read, trending) under a class name no rule knows: the main element has
    more text, and its headlines were read as points 1, 2 … again (one run into another).
    An article that holds most of the main element's text is the main text."""
    headlines = ["Kremlin reacts to the plan", "Europe's answer in 24 points",
                 "Drone attack on Kyiv overnight", "Energy prices rise again"]
    points = ["Ukraine's sovereignty is reaffirmed by all signatories.",
              "Russia and Ukraine conclude a full non-aggression agreement.",
              "Ukraine receives strong security guarantees from its partners."]
    for cls in ("rail-list", "most-read", "trending"):
        page = ("<html><body><main><article><h1>Full text of the framework</h1>"
                + "".join(f"<p>{n}. {p}</p>" for n, p in enumerate(points, 1))
                + f'</article><div class="{cls}"><ol>'
                + "".join(f'<li><a href="/{n}">{h}</a></li>' for n, h in enumerate(headlines))
                + "</ol></div></main></body></html>")
        imported = import_bytes(page.encode(), "page.html", ".html", REQUEST)
        assert [p.text for p in imported.plan.points] == points, cls
        assert not imported.report.warnings, cls


def test_prose_after_the_list_in_a_browser_copy_with_no_blank_lines() -> None:
    """Copied out of a browser, a page can come one line a paragraph with no blank line
    between them: the article's lines after the last point ran on into its text. When every
    other point is one line, and the last point's first line could not have been wrapped
    (the next word would have fitted beside it), its lines from the first that reads as a
    news story's ("… said …") on are the article's; a point wrapped at a sentence's end
    keeps its second line."""
    points = ["Ukraine's sovereignty is reaffirmed.",
              "Russia and Ukraine conclude a full non-aggression agreement.",
              "Ukraine receives strong security guarantees from its partners.",
              "Ukraine's armed forces stay at 800,000 in peacetime."]
    text = ("KYIV - The president set out the framework. Its main points:\n"
            + "".join(f"{n}. {p}\n" for n, p in enumerate(points, 1))
            + "The Kremlin said it would study the document.\nSuggested Topics:\nUkraine\n")
    imported = import_bytes(text.encode(), "copy.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == points
    assert "The Kremlin said it would study" in (imported.plan.notes or "")
    assert any(f.kind == "after" for f in imported.report.findings)
    wrapped = ("1. Sovereignty is reaffirmed by all.\n2. A pact is concluded at once.\n"
               "3. Guarantees are given to Ukraine.\n4. The armed forces stay at 800,000 in "
               "peacetime for good.\nObservers check it.\n")
    last = import_bytes(wrapped.encode(), "w.txt", ".txt", REQUEST).plan.points[-1]
    assert last.text == ("The armed forces stay at 800,000 in peacetime for good. Observers "
                         "check it.")


def test_lists_of_other_stories_and_comment_widgets_after_the_article() -> None:
    """A page with no ``<article>`` or ``<main>`` (a blog theme's ``entry-content``) is read
    from its body: the lists of other stories after the text (WordPress's latest posts, most
    read, trending, read next) were read as points 1, 2 … again, and a comment widget's
    notice ran into the last point."""
    points = ["Ukraine's sovereignty is reaffirmed by all signatories.",
              "Russia and Ukraine conclude a full non-aggression agreement.",
              "Ukraine receives strong security guarantees from its partners."]
    for cls in ("wp-block-latest-posts", "most-read", "most-popular", "trending-list",
                "read-next", "more-stories", "top-stories", "latest-news"):
        page = ('<html><body><div id="page"><div class="entry-content">'
                + "".join(f"<p>{n}. {p}</p>" for n, p in enumerate(points, 1))
                + '</div><div id="disqus_thread"><p>Please enable JavaScript to view the '
                f'comments.</p></div><ol class="{cls}"><li>Other news one</li>'
                "<li>Other news two</li></ol></div></body></html>")
        imported = import_bytes(page.encode(), "page.html", ".html", REQUEST)
        assert [p.text for p in imported.plan.points] == points, cls
        assert not imported.report.warnings, cls


def test_an_image_s_box_with_its_caption_between_the_points() -> None:
    """A news page sets each photo in a box with its caption and credit under class names no
    rule knows (``photo__description``, ``img-desc``): their words ran into the point before
    them. A short ``<div>`` round an image, with no point's number in it, is left out and
    counted; a point whose box holds an image keeps its text, and so does an emoji image."""
    page = ("<html><body><article>"
            "<p>1. Ukraine's sovereignty is reaffirmed.</p>"
            '<div class="media"><img src="a.jpg"><p class="photo__description">Zelensky in '
            'Kyiv on Tuesday.</p><p class="media-source">Source: Agency</p></div>'
            "<p>2. A full non-aggression agreement is concluded.</p>"
            '<div class="image-block"><img src="b.jpg"><span class="img-desc">Talks in '
            "Geneva</span></div>"
            '<div class="point"><img src="icon.png"><p>3. Strong security guarantees.</p></div>'
            '<div class="para">4. Elections follow <img class="emoji" alt="🇺🇦" src="f.svg"> '
            "at once.</div></article></body></html>")
    imported = import_bytes(page.encode(), "page.html", ".html", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        "Ukraine's sovereignty is reaffirmed.", "A full non-aggression agreement is concluded.",
        "Strong security guarantees.", "Elections follow at once."]
    assert any(f.kind == "dropped" and "2 image caption" in f.message
               for f in imported.report.findings)


def test_announced_count_written_with_a_non_breaking_hyphen() -> None:
    """Word and news sites write "20‑point" with a non-breaking hyphen (U+2011): the count
    was not read, and a copy with only five of the points raised no warning."""
    for hyphen in ("\u2011", "\u2010"):
        text = (f"The 20{hyphen}point framework\n\n1. Alpha is here.\n2. Beta is here.\n"
                "3. Gamma is here.\n")
        imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
        assert any("announces 20 points but 3 were found: 4-20 not in the text" in f.message
                   for f in imported.report.warnings), hyphen


def test_a_details_box_or_an_explainer_between_the_points_goes_to_the_notes() -> None:
    """A ``<details>``/``<summary>`` box between two points (an explainer a reader opens)
    and a box whose one paragraph says ``Explainer: …`` were read into the point before
    them; they are the page's, and go to the notes."""
    page = ("<html><body><article><h1>The draft</h1>"
            "<p>1. Ukraine's sovereignty will be confirmed.</p>"
            "<p>2. A non-aggression agreement will be concluded between Russia, Ukraine and "
            "Europe.</p>"
            "<details><summary>What is a non-aggression agreement?</summary><p>A treaty in "
            "which the sides promise not to attack one another.</p></details>"
            "<p>3. Ukraine will receive reliable security guarantees.</p>"
            "<div class=\"info-box\"><p>Explainer: Article 5 obliges every member to help a "
            "member under attack.</p></div>"
            "<p>4. The armed forces will be limited to 600,000 personnel.</p>"
            "</article></body></html>")
    imported = import_bytes(page.encode(), "page.html", ".html", REQUEST)
    assert _points(imported) == [
        ("1", "Ukraine's sovereignty will be confirmed."),
        ("2", "A non-aggression agreement will be concluded between Russia, Ukraine and "
              "Europe."),
        ("3", "Ukraine will receive reliable security guarantees."),
        ("4", "The armed forces will be limited to 600,000 personnel.")]
    notes = imported.plan.notes or ""
    assert "Heading before point 3: What is a non-aggression agreement?" in notes
    assert "promise not to attack one another" in notes
    assert "Explainer: Article 5" in (imported.plan.points[2].notes or "")


def test_a_broadcaster_s_page_with_video_cards_a_transcript_and_a_tag_list() -> None:
    """A broadcaster's page: "Watch:" video cards between the points, a transcript under its
    heading after the list, then the story's tag list. The card's label stayed in the point
    before it, and the tag list's items became sub-points of the last point though the
    heading before them had ended it."""
    page = ("<html><body><main><article><h1>What the framework says</h1><ol>"
            "<li>Ukraine's sovereignty is reaffirmed.</li>"
            "<li>Ukraine receives strong security guarantees.</li></ol>"
            "<div class=\"media-card\"><span>Watch:</span> <h3>The president explains the "
            "text</h3></div><ol start=\"3\">"
            "<li>The armed forces remain at 800,000 in peacetime.</li></ol>"
            "<p><strong>Watch:</strong> What the plan means for the front line</p><ol start=\"4\">"
            "<li>A full ceasefire takes effect once all parties agree.</li></ol>"
            "<h2>Transcript</h2><p>PRESIDENT: Two points are still open.</p>"
            "<div data-component=\"topic-list\"><ul><li>Ukraine</li><li>Russia</li></ul></div>"
            "</article></main></body></html>")
    imported = import_bytes(page.encode(), "page.html", ".html", REQUEST)
    assert _points(imported) == [("1", "Ukraine's sovereignty is reaffirmed."),
                                 ("2", "Ukraine receives strong security guarantees."),
                                 ("3", "The armed forces remain at 800,000 in peacetime."),
                                 ("4", "A full ceasefire takes effect once all parties agree.")]
    assert all(not p.points for p in imported.plan.points)
    assert imported.plan.points[1].notes == "Watch:"
    assert "What the plan means" in (imported.plan.points[2].notes or "")
    notes = imported.plan.notes or ""
    assert "Two points are still open." in notes and "• Ukraine\n\n• Russia" in notes


def test_items_under_a_heading_after_the_list_are_the_heading_s() -> None:
    """A heading that opens no point ends the point before it; bulleted or lettered items
    under it went back into that point as its sub-points."""
    text = ("1. Ukraine's sovereignty is reaffirmed.\n\n2. Ukraine receives strong security "
            "guarantees.\n\n## Topics\n\n- Ukraine\n- Russia\n\n## Sources\n\n"
            "a) an interview on Tuesday\n")
    imported = import_bytes(text.encode(), "draft.md", ".md", REQUEST)
    assert _points(imported) == [("1", "Ukraine's sovereignty is reaffirmed."),
                                 ("2", "Ukraine receives strong security guarantees.")]
    assert all(not p.points for p in imported.plan.points)
    notes = imported.plan.notes or ""
    assert "Heading after the last point: Topics" in notes and "- Ukraine\n\n- Russia" in notes
    assert "a) an interview on Tuesday" in notes


def test_a_newsletter_post_whose_article_class_says_newsletter() -> None:
    """A newsletter platform's post is ``<article class="newsletter-post">``: the class word
    "newsletter" marks a subscribe box anywhere else, and the main text itself was skipped
    (exit 2, "no text in the page's main content"). The subscribe box inside it is still
    left out."""
    page = ("<html><body><article class=\"typography newsletter-post post\">"
            "<h1 class=\"post-title\">The framework, annotated</h1><div class=\"body markup\">"
            "<p>The first points as read out:</p><ol><li><p>Ukraine's sovereignty is "
            "reaffirmed.</p></li><li><p>Ukraine receives strong security guarantees.</p></li>"
            "</ol><div class=\"subscription-widget\"><p>Consider becoming a paid subscriber."
            "</p></div></div></article></body></html>")
    imported = import_bytes(page.encode(), "post.html", ".html", REQUEST)
    assert _points(imported) == [("1", "Ukraine's sovereignty is reaffirmed."),
                                 ("2", "Ukraine receives strong security guarantees.")]
    assert "subscriber" not in (imported.plan.notes or "")


def test_a_wire_copy_s_bracketed_credits_and_standards_line() -> None:
    """A wire copy closes with its credits in brackets and a line on its standards; when
    another point runs over two paragraphs, nothing after the list reads as the article's,
    and both stayed in the last point's text. They are asides (the unbracketed credits
    already were)."""
    text = ("1. Ukraine's sovereignty will be reaffirmed.\n\n2. The US guarantee comes with "
            "conditions.\n\nThe United States receives compensation for it.\n\n3. NATO "
            "agrees not to station troops in Ukraine.\n\n(Reporting by Anna Reporter in Kyiv; "
            "Additional reporting by Ben Writer; Editing by Carl Editor)\n\n"
            "Our Standards: The Trust Principles.\n")
    imported = import_bytes(text.encode(), "wire.txt", ".txt", REQUEST)
    last = imported.plan.points[-1]
    assert last.text == "NATO agrees not to station troops in Ukraine."
    assert last.notes == ("(Reporting by Anna Reporter in Kyiv; Additional reporting by Ben "
                          "Writer; Editing by Carl Editor)\n\nOur Standards: The Trust "
                          "Principles.")


_THREE = "\n\n1. Alpha is here.\n2. Beta is here.\n3. Gamma is here.\n"


@pytest.mark.parametrize(("headline", "count"), [
    ("二十八項目の和平案の全文", 28), ("和平案二十項目の要旨", 20), ("十二カ条の合意案", 12),
    ("Полный текст: план из двадцати восьми пунктов", 28),
    ("Двадцать восемь пунктов мирного плана", 28), ("Что известно о плане из двадцати пунктов", 20),
    ("Повний текст плану з двадцяти восьми пунктів", 28), ("Двадцять вісім пунктів плану", 28),
    ("Що відомо про план з двадцяти пунктів", 20), ("П\u2019ять пунктів угоди", 5),
    ("The twenty-point framework in full", 20), ("The Twenty Eight Point Plan", 28),
    ("Twenty-Eight Points: the full text", 28), ("A thirty\u2011one point outline", 31),
])
def test_announced_count_written_in_words(headline: str, count: int) -> None:
    """A count written in words or kanji numerals ("二十八項目", "из двадцати восьми
    пунктов", "Twenty Eight Point") was not read (or, with a space between the words, read
    as its last word): a copy with three of the points raised no warning."""
    imported = import_bytes((headline + _THREE).encode(), "t.txt", ".txt", REQUEST)
    assert imported.report.announced == count, headline
    assert any(f"announces {count} points but 3 were found: 4-{count} not in the text"
               in f.message for f in imported.report.warnings), headline


@pytest.mark.parametrize("headline", [
    "二十八か国が和平案を支持", "改正案は第二十八条を削る", "数十項目にわたる要求",
    "Двадцать лет переговоров",
    "Двадцять вісім країн підтримали план", "Twenty eight countries back the plan",
    "At one point the talks stalled", "Eight twenty points",
])
def test_a_count_of_something_else_is_no_announcement(headline: str) -> None:
    imported = import_bytes((headline + _THREE).encode(), "t.txt", ".txt", REQUEST)
    assert imported.report.announced is None, headline
    assert not imported.report.warnings, headline


@pytest.mark.parametrize("meta", [
    '<meta property="og:title" content="Full text of the 28-point plan">',
    '<meta name="twitter:title" content="План из двадцати восьми пунктов">',
])
def test_announced_count_only_in_the_sharing_title(meta: str) -> None:
    """A page whose ``<title>`` is the site's name, with no ``<h1>``, gives its headline only
    in ``<meta property="og:title">`` (or ``twitter:title``): its count was not checked."""
    page = (f"<html><head><title>Daily Courier</title>{meta}</head><body><article>"
            "<p>The draft follows.</p><p>1. Alpha is here.</p><p>2. Beta is here.</p>"
            "<p>3. Gamma is here.</p></article></body></html>")
    imported = import_bytes(page.encode(), "page.html", ".html", REQUEST)
    assert imported.report.announced == 28
    assert [f.message for f in imported.report.warnings] == [
        "the text announces 28 points but 3 were found: 4-28 not in the text"]


@pytest.mark.parametrize(("headline", "count"), [
    ("28个国家支持该计划", None), ("会谈于下午3点开始", None), ("会谈3点半开始", None),
    ("和平计划的28个要点", 28), ("28点和平计划全文", 28), ("二十八ヵ条の合意案", 28),
])
def test_a_chinese_counter_before_something_else_is_no_announcement(
        headline: str, count: int | None) -> None:
    """个 counts anything (28个国家: 28 countries) and 点 is also the hour (下午3点): both
    were read as a count of points, and the report warned of points missing that no text
    announced."""
    imported = import_bytes((headline + _THREE).encode(), "t.txt", ".txt", REQUEST)
    assert imported.report.announced == count, headline
    assert bool(imported.report.warnings) == (count is not None), headline


@pytest.mark.parametrize(("headline", "count"), [
    ("Двадцатипунктный мирный план", 20), ("Двадцативосьмипунктный план целиком", 28),
    ("Двадцятипунктний мирний план", 20), ("Двадцятивосьмипунктний план", 28),
    ("Двадцатилетний план", None), ("Пятьсот пунктов", None),
])
def test_a_count_written_as_one_word_with_the_word_for_point(
        headline: str, count: int | None) -> None:
    """Russian and Ukrainian write the count and "point" as one adjective
    ("двадцатипунктный план", "двадцятивосьмипунктний"): the count was not read."""
    imported = import_bytes((headline + _THREE).encode(), "t.txt", ".txt", REQUEST)
    assert imported.report.announced == count, headline


@pytest.mark.parametrize(("preamble", "count"), [
    ("Kyiv objects to two points of the draft, officials said.", None),
    ("Киев возражает против двух пунктов проекта.", None),
    ("Kyiv objects to two points of the 4-point draft.", 4),
    ("The draft has twenty points in all.", 20),
])
def test_a_few_points_named_in_the_preamble_are_no_count(
        preamble: str, count: int | None) -> None:
    """The preamble's prose speaks of some of the points ("two points", "двух пунктов"):
    that was read as the count announced, and the report warned of points missing."""
    text = f"The draft\n\n{preamble}\n\n1. Alpha is here.\n2. Beta is here.\n3. Gamma.\n"
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    assert imported.report.announced == count, preamble


def test_the_sharing_title_is_the_title_of_a_page_without_a_heading() -> None:
    """A page whose ``<title>`` is the site's name and that has no ``<h1>`` gave the plan the
    site's name for a title ("Daily Courier"); the headline it gives for sharing is the
    article's."""
    page = ('<html><head><title>Daily Courier</title><meta property="og:title" '
            'content="Full text of the 28-point plan"></head><body><article>'
            "<p>The draft follows.</p><p>1. Alpha is here.</p><p>2. Beta is here.</p>"
            "<p>3. Gamma is here.</p></article></body></html>")
    imported = import_bytes(page.encode(), "page.html", ".html", REQUEST)
    assert imported.plan.title == "Full text of the 28-point plan"
    assert imported.report.announced == 28
    with_heading = page.replace("<article>", "<article><h1>Peace plan: the text</h1>")
    imported = import_bytes(with_heading.encode(), "page.html", ".html", REQUEST)
    assert imported.plan.title == "Peace plan: the text"
    assert imported.report.announced == 28


@pytest.mark.parametrize("heading", ["Інші новини", "Другие новости", "Новини за темою",
                                     "Новости по теме", "Схожі новини", "Похожие новости",
                                     "Більше новин", "Вас може зацікавити",
                                     "Вам также может быть интересно", "Other news",
                                     "More news"])
def test_an_other_news_heading_in_ukrainian_russian_or_english(heading: str) -> None:
    """A Ukrainian or Russian news site's block of other stories after the article ("Інші
    новини", "Новости по теме") with its numbered links: they were a second part, points
    1-3 again."""
    text = (f"1. The parties confirm sovereignty.\n2. Monitors deploy.\n\n{heading}\n"
            "1. Talks stall over the border\n2. What the accord means for trade\n"
            "3. Rates for tomorrow\n")
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    assert _points(imported) == [("1", "The parties confirm sovereignty."),
                                 ("2", "Monitors deploy.")]
    assert "Talks stall" in (imported.plan.notes or "")


@pytest.mark.parametrize("heading", ["Читайте также", "Related", "Читайте також"])
def test_a_link_list_box_in_the_middle_of_the_points(heading: str) -> None:
    """A "Read also" box between points 3 and 4 lists two stories numbered 1 and 2; the
    draft's points 4 and 5 after it went under the box's heading to the notes, with no
    warning. The draft's next number that does not go on with the box's own numbering
    ends the box."""
    text = ("Основные положения документа.\n\n1. Стороны подтверждают суверенитет.\n"
            "2. Миссия наблюдает за прекращением огня.\n3. Пленных обменивают всех на всех.\n\n"
            f"{heading}\n1. Как менялся текст плана\n2. Что говорят в Европе\n\n"
            "4. Санкции снимаются поэтапно.\n5. Выборы проводятся через сто дней.\n")
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    assert [p.number for p in imported.plan.points] == ["1", "2", "3", "4", "5"]
    assert imported.plan.points[3].text == "Санкции снимаются поэтапно."
    assert "Как менялся текст плана" in (imported.plan.notes or "")
    assert "Санкции" not in (imported.plan.notes or "")
