"""Drafts as real producers leave them, beyond the press layouts: a news page saved as "Web
page, complete" (scripts, JSON-LD, a consent banner, <noscript>, a paywall box, a figure
caption numbered like a point, a cross-link inside the list) and that page printed by
Chromium or opened and saved as Word by LibreOffice; a Telegram post with bold and italic
marks; a Google Docs export (a span for every run, comment marks ``[a]``) as HTML and as
LibreOffice's .docx of it; Akoma Ntoso from another producer (another namespace prefix,
``<num>Article 1</num>``, ``<intro>``/``<wrapUp>``). Texts are the project's own."""

from __future__ import annotations

import subprocess
from pathlib import Path

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from tests.plans.intake.producers import chromium_pdf, libreoffice_docx
from tests.render.docx.pandoc_text import require

REQUEST = DraftRequest(document="outline", version="2025-11-21-real")

COMPLETE_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Read the 6-point draft | The Ledger</title>
<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"1. The parties
confirm sovereignty. 2. A ceasefire takes effect."}</script>
<script>window.dataLayer=[];function gtag(){dataLayer.push(arguments)} gtag('1. x');</script>
<noscript><p>1. Please enable JavaScript to read this page.</p></noscript>
</head><body>
<div id="consent-sdk"><p>We and our 842 partners store data. 1. Accept all 2. Manage
choices</p><button>Accept</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
</header>
<div class="paywall-banner">Subscribe for 1 euro</div>
<main><article>
<h1>Read the 6-point draft</h1>
<div class="byline">By A. Writer, 21 November 2025</div>
<figure><figcaption>1. Delegates at the table. Photo: Agency</figcaption></figure>
<p>The draft seen by The Ledger reads:</p>
<p>1. The parties confirm the sovereignty of the state.</p>
<p>2. A full ceasefire takes effect 72 hours after signature.</p>
<div class="newsletter-signup"><p>Sign up for our briefing. 3 stories a day.</p></div>
<p>3. An international mission monitors the line of contact.</p>
<div class="inline-related"><span>READ MORE:</span> <a href="/x">4. Talks stall</a></div>
<p>4. Prisoners of war are exchanged all for all.</p>
<p>5. Frozen assets fund reconstruction.</p>
<p>6. Elections are held within one hundred days.</p>
<p>The Kremlin declined to comment on Friday.</p>
</article></main>
<footer><p>© 2025 The Ledger</p></footer>
</body></html>
"""
COMPLETE_POINTS = [("1", "The parties confirm the sovereignty of the state."),
                   ("2", "A full ceasefire takes effect 72 hours after signature."),
                   ("3", "An international mission monitors the line of contact."),
                   ("4", "Prisoners of war are exchanged all for all."),
                   ("5", "Frozen assets fund reconstruction."),
                   ("6", "Elections are held within one hundred days.")]


def _points(imported: ImportedDraft) -> list[tuple[str, str]]:
    return [(p.number, p.text) for p in imported.plan.points]


def test_a_complete_saved_page_as_itself_as_chromium_prints_it_and_as_word(
        tmp_path: Path) -> None:
    """The page itself keeps only its article; printed or saved as Word, all of it reaches
    plandiff as text. Numbered lines of furniture (the consent banner's '1. Accept all', a
    caption '1. Delegates …', the cross-link '4. Talks stall') are not points: a lone point
    1 that does not end a sentence before the numbering starts again, and a short line
    repeating its neighbour's number, go to the notes and the report says so; the
    newsletter box is an aside; the closing prose leaves the last point."""
    page = tmp_path / "page.html"
    page.write_text(COMPLETE_PAGE, encoding="utf-8")
    pdf = tmp_path / "page.pdf"
    chromium_pdf(page, pdf, tmp_path)
    subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                    str(tmp_path / "office"), str(page)], check=True, capture_output=True,
                   timeout=180)
    for path in (page, pdf, tmp_path / "office" / "page.docx"):
        imported = import_bytes(path.read_bytes(), path.name, path.suffix, REQUEST)
        assert _points(imported) == COMPLETE_POINTS, path.name
        text = " ".join(p.text for p in imported.plan.walk())
        for furniture in ("Accept", "Delegates", "Talks stall", "Sign up", "Kremlin"):
            assert furniture not in text, (path.name, furniture)
        assert "declined to comment" in (imported.plan.notes or ""), path.name
        assert not imported.report.warnings, path.name
        if path.suffix != ".html":
            assert any("read as the page's text, not a point" in f.message
                       for f in imported.report.findings), path.name


def test_a_list_numbered_one_one_one_and_parts_that_restart_keep_every_point() -> None:
    """What the furniture rule must not touch: a list whose items are all numbered 1, and
    parts whose numbering restarts at 1 (both keep every point)."""
    imported = import_bytes(b"1. Sovereignty\n1. Non-aggression\n1. Guarantees\n", "t.txt",
                            ".txt", REQUEST)
    assert [t for _, t in _points(imported)] == ["Sovereignty", "Non-aggression",
                                                 "Guarantees"]
    text = ("Part A\n\n1. The parties confirm sovereignty.\n2. A ceasefire takes effect.\n\n"
            "Part B\n\n1. Sanctions are eased\n2. A fund pays for rebuilding.\n")
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    assert [n for n, _ in _points(imported)] == ["1", "2", "1", "2"]


def test_a_telegram_post_with_bold_and_italic_marks() -> None:
    post = ("⚡️ **Головне з нового проєкту** ⚡️\n\n1\ufe0f\u20e3 **Суверенітет** України "
            "підтверджується.\n2\ufe0f\u20e3 __Угода про ненапад__ між сторонами.\n3\ufe0f"
            "\u20e3 Гарантії безпеки від партнерів 🇺🇦\n\n👉 Підписуйтесь на канал: "
            "t.me/example\n")
    imported = import_bytes(post.encode(), "post.txt", ".txt", REQUEST)
    assert _points(imported) == [("1", "Суверенітет України підтверджується."),
                                 ("2", "Угода про ненапад між сторонами."),
                                 ("3", "Гарантії безпеки від партнерів 🇺🇦")]
    assert "Підписуйтесь" in (imported.plan.notes or "") + "".join(
        p.notes or "" for p in imported.plan.points)


GDOCS = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
         '<style>.c0{font-weight:400}.c1{font-weight:700}</style></head><body class="c5 '
         'doc-content"><p class="c2 title"><span class="c1">Draft framework</span></p><p '
         'class="c2"><span class="c0">The text as circulated</span><span class="c0">&nbsp;on '
         'Friday:</span></p><ol class="c6 lst-kix_abc-0 start" start="1"><li class="c2 '
         'li-bullet-0"><span class="c0">The parties </span><span class="c1">confirm</span>'
         '<span class="c0">&nbsp;the sovereignty of the state.</span></li><li class="c2 '
         'li-bullet-0"><span class="c0">A ceasefire takes effect</span><span class="c0">'
         '&nbsp;on signature.</span></li></ol><p class="c2"><span class="c0"></span></p><ol '
         'class="c6 lst-kix_abc-0" start="3"><li class="c2 li-bullet-0"><span class="c0">'
         'Monitors deploy along the line.</span><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a>'
         '</sup></li><li class="c2 li-bullet-0"><span class="c0">Sanctions are eased in '
         'stages.</span></li></ol><div class="c8"><p class="c2"><a href="#cmnt_ref1" '
         'id="cmnt1">[a]</a><span class="c0">Check the wording with the mission.</span></p>'
         '</div></body></html>')


def test_a_google_docs_export_and_its_word_copy(tmp_path: Path) -> None:
    """Google Docs' HTML (a span for every run, lists split by an empty paragraph and
    continued with start=, a comment mark [a] linking to the comment at the end) and
    LibreOffice's .docx of it (the mark a link inside the file): the marks are not text."""
    page = tmp_path / "gdocs.html"
    page.write_text(GDOCS, encoding="utf-8")
    subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                    str(tmp_path), str(page)], check=True, capture_output=True, timeout=180)
    for path in (page, tmp_path / "gdocs.docx"):
        imported = import_bytes(path.read_bytes(), path.name, path.suffix, REQUEST)
        assert _points(imported) == [
            ("1", "The parties confirm the sovereignty of the state."),
            ("2", "A ceasefire takes effect on signature."),
            ("3", "Monitors deploy along the line."),
            ("4", "Sanctions are eased in stages.")], path.name
        assert "Check the wording" in (imported.plan.notes or ""), path.name


FOREIGN_AKN = """<?xml version="1.0" encoding="UTF-8"?>
<an:akomaNtoso xmlns:an="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><an:act name="x">
<an:meta><an:identification source="#x"><an:FRBRWork><an:FRBRthis value="/akn/xx/act/2025/1"/>
<an:FRBRuri value="/akn/xx/act/2025/1"/><an:FRBRdate date="2025-11-20" name="Generation"/>
<an:FRBRauthor href="#x"/><an:FRBRcountry value="xx"/></an:FRBRWork></an:identification>
</an:meta><an:body>
<an:article eId="art_1"><an:num>Article 1</an:num><an:heading>Sovereignty</an:heading>
<an:content><an:p>The parties confirm the sovereignty of the state.</an:p></an:content>
</an:article>
<an:article eId="art_2"><an:num>Art. 2.</an:num><an:list eId="art_2__list_1"><an:intro><an:p>
The guarantees include:</an:p></an:intro><an:point eId="art_2__list_1__point_a"><an:num>(a)
</an:num><an:content><an:p>air defence;</an:p></an:content></an:point><an:wrapUp><an:p>They are
reviewed each year.</an:p></an:wrapUp></an:list></an:article>
<an:article eId="art_3"><an:num>第３条</an:num><an:content><an:p>Elections are held.</an:p>
</an:content></an:article>
</an:body></an:act></an:akomaNtoso>
"""


def test_akoma_ntoso_from_another_producer() -> None:
    imported = import_bytes(FOREIGN_AKN.encode(), "act.xml", ".xml", REQUEST)
    points = imported.plan.points
    assert [(p.number, p.title) for p in points] == [("1", "Sovereignty"), ("2", None),
                                                     ("3", None)]
    assert "The guarantees include:" in points[1].text
    assert "reviewed each year" in points[1].text  # the wrapUp is not lost
    assert [(c.number, c.text) for c in points[1].points] == [("(a)", "air defence;")]


JA_PAGE = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>全文｜例新聞</title>
</head><body><header><nav><a href="/">トップ</a> <a href="/world">国際</a></nav></header>
<main><article><h1>和平案２０項目のうち５項目の全文</h1><p>例新聞　２０２５年１１月２１日</p>
<p>政府関係者によると、合意案の骨子は次の通り。</p>
<p>第１項　当事者は国家の主権を確認する。</p><p>第２項　停戦は署名の７２時間後に発効する。</p>
<aside class="ad"><p>広告</p></aside>
<p>第３項　国際監視団が接触線を監視する。<sup>1</sup></p><p>第４項　捕虜は全員交換される。</p>
<p>第５項　選挙は１００日以内に実施される。</p><p>残りの項目は公表されていない。</p>
<p><sup>1</sup>監視団の構成は未定。</p>
<section class="ranking"><h2>アクセスランキング</h2><ol><li>首脳会談の行方</li><li>制裁の影響</li>
</ol></section></article></main></body></html>
"""


def test_a_japanese_press_page_and_its_chromium_print(tmp_path: Path) -> None:
    """第１項 with full-width digits, an ad label, a superscript note mark after '。' (a plain
    digit in the PDF's text layer), the announced count (２０項目), a ranking list."""
    page = tmp_path / "ja.html"
    page.write_text(JA_PAGE, encoding="utf-8")
    pdf = tmp_path / "ja.pdf"
    chromium_pdf(page, pdf, tmp_path)
    for path in (page, pdf):
        imported = import_bytes(path.read_bytes(), path.name, path.suffix, REQUEST)
        assert _points(imported) == [("1", "当事者は国家の主権を確認する。"),
                                     ("2", "停戦は署名の７２時間後に発効する。"),
                                     ("3", "国際監視団が接触線を監視する。"),
                                     ("4", "捕虜は全員交換される。"),
                                     ("5", "選挙は１００日以内に実施される。")], path.name
        assert [f.kind for f in imported.report.warnings] == ["count"], path.name
        assert "首脳会談" in (imported.plan.notes or ""), path.name


def test_a_markdown_list_numbered_one_one_one() -> None:
    """Markdown numbers a list from its first item whatever the others say, and authors
    write 1. on every item so: pandoc shows 1, 2, 3, and so does the import (the report
    says so). A list that counts, or skips, keeps the draft's numbers."""
    text = ("# Outline\n\n1. The parties confirm sovereignty.\n1. A ceasefire takes effect.\n"
            "   It holds along the line.\n1. Monitors deploy.\n")
    imported = import_bytes(text.encode(), "outline.md", ".md", REQUEST)
    assert _points(imported) == [("1", "The parties confirm sovereignty."),
                                 ("2", "A ceasefire takes effect. It holds along the line."),
                                 ("3", "Monitors deploy.")]
    assert not imported.report.warnings
    assert any("2 item(s) renumbered" in f.message for f in imported.report.findings)
    imported = import_bytes(b"1. A.\n2. B.\n4. C.\n", "gap.md", ".md", REQUEST)
    assert [n for n, _ in _points(imported)] == ["1", "2", "4"]
    imported = import_bytes(text.encode(), "outline.txt", ".txt", REQUEST)  # not Markdown
    assert [n for n, _ in _points(imported)] == ["1", "1", "1"]


def test_an_ordered_list_printed_by_weasyprint_with_lines_broken_at_hyphens_and_dashes(
        ) -> None:
    """WeasyPrint draws an ordered list's markers after all the items' text, and PDFium joins
    a line ending in a hyphen to the next one itself (one line of its text, two on the page).
    Every point keeps its text; the hyphen of a compound broken at its own hyphen stays
    (``de-escalation``, ``well-being``, ``self-defence``), and a dash set against the word
    before it joins the next line without a space (``Iranian–Russian–Turkish``)."""
    import weasyprint

    items = ["Effective steps shall be taken to make the ceasefire regime in the Idlib de-<br>"
             "escalation area durable, and for that purpose the Joint Iranian–Russian–<br>"
             "Turkish Coordination Centre shall be given stronger functions.",
             "The parties recognise that the interests and the well-<br>being of the people "
             "come before all else, and the right of self-<br>defence is not affected.",
             "A third point closes the list."]
    page = ("<html lang='en'><head><meta charset='utf-8'></head><body style='font: 12pt serif;"
            " width: 14cm'><p>Draft framework</p><ol>"
            + "".join(f"<li>{item}</li>" for item in items) + "</ol></body></html>")
    data = weasyprint.HTML(string=page).write_pdf()
    assert data is not None
    imported = import_bytes(data, "list.pdf", ".pdf", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "Effective steps shall be taken to make the ceasefire regime in the Idlib "
              "de-escalation area durable, and for that purpose the Joint "
              "Iranian–Russian–Turkish Coordination Centre shall be given stronger "
              "functions."),
        ("2", "The parties recognise that the interests and the well-being of the people "
              "come before all else, and the right of self-defence is not affected."),
        ("3", "A third point closes the list.")]
    assert not imported.report.warnings


def test_symbols_from_a_symbol_font_read_as_they_show(tmp_path: Path) -> None:
    """An arrow or a tick inserted from the Symbol or Wingdings font is stored as a
    private-use character: in a run set in that font (LibreOffice's .docx) or as Word's
    ``w:sym`` (Insert → Symbol). Both read as the character shown, not as nothing or as a
    private-use code."""
    import io
    import zipfile

    from tests.plans.intake.layouts import Para, docx_bytes

    office = libreoffice_docx("sym", (
        '<text:p>1. Sanctions <text:span text:style-name="T1">\uf0ae</text:span> lifted in '
        "stages.</text:p><text:p>2. Monitors deploy.</text:p>"), tmp_path, head=(
        '<office:font-face-decls><style:font-face style:name="Symbol" svg:font-family="Symbol" '
        'style:font-charset="x-symbol"/></office:font-face-decls><office:automatic-styles>'
        '<style:style style:name="T1" style:family="text"><style:text-properties '
        'style:font-name="Symbol"/></style:style></office:automatic-styles>'))
    assert "\uf0ae" in zipfile.ZipFile(io.BytesIO(office)).read("word/document.xml").decode()
    imported = import_bytes(office, "sym.docx", ".docx", REQUEST)
    assert [p.text for p in imported.plan.points] == ["Sanctions → lifted in stages.",
                                                      "Monitors deploy."]
    word = docx_bytes([Para("1. Terms @"), Para("2. Checked @")])
    with zipfile.ZipFile(io.BytesIO(word)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    document = parts["word/document.xml"].decode()
    for font, char in (("Symbol", "F0AE"), ("Wingdings", "F0FC")):
        document = document.replace(
            "@</w:t></w:r>", f'</w:t></w:r><w:r><w:sym w:font="{font}" w:char="{char}"/></w:r>',
            1)
    parts["word/document.xml"] = document.encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    imported = import_bytes(out.getvalue(), "sym.docx", ".docx", REQUEST)
    assert [p.text for p in imported.plan.points] == ["Terms →", "Checked ✓"]
