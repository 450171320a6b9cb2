"""Press pages inside a saving service's wrapper or an editor's export, and a long read's own
navigation: a Wayback Machine capture saved from the browser (its toolbar shown, the links
rewritten), a Notion export, a reader view, a newsletter post, an in-page table of contents,
a designed card's number box. Texts are the project's own."""

from __future__ import annotations

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.pages import page as _page
from tests.plans.intake.pages import tree as _tree

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")

TOOLBAR = """<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<div id="wm-ipp-base" lang="en" style="display: block; direction: ltr;">
<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;"><div id="wm-ipp-inside">
<div id="wm-logo"><a href="/web/" title="Wayback Machine home page"><img src="logo.png"
 alt="Wayback Machine"></a></div>
<div class="c"><div class="n"><table><tbody>
<tr class="y"><td class="b"><a href="#">NOV</a></td><td class="c">NOV</td>
<td class="f">DEC</td></tr>
<tr class="d"><td class="b"><a href="#">20</a></td><td class="c">21</td><td class="f">22</td></tr>
</tbody></table></div></div>
<div id="wm-expand" class="r"><a href="#"><span class="xxs">56 captures</span><br>
<span class="xxs">20 Nov 2025 - 04 Dec 2025</span></a></div>
</div></div></div>
<div id="wm-ipp-print">The Wayback Machine -
 https://web.archive.example/web/20251121120411/https://ledger.example/plan</div>
<!-- END WAYBACK TOOLBAR INSERT -->"""


def test_a_wayback_capture_s_toolbar_is_no_text_of_the_page() -> None:
    """Saved once the toolbar's script had shown it, its calendar, capture count and the
    line naming the capture went to the version's notes (the article is a ``<div>``, so the
    whole body is read)."""
    link = "https://web.archive.example/web/20251121120411/https://ledger.example/plan#p3"
    page = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Draft plan | '
            f"The Ledger</title></head><body>{TOOLBAR}"
            '<div class="story-body"><h1>Draft plan: the steps</h1>'
            "<p>The draft sets out these steps:</p><ol>"
            "<li>Both sides stop firing along the whole front within a day.</li>"
            f'<li>Monitors watch the line, as in <a href="{link}">point 3</a>.</li>'
            '<li id="p3">Detainees are swapped in stages.</li></ol>'
            "<p>Officials said the text could still change.</p></div></body></html>")
    imported = import_bytes(page.encode(), "capture.html", ".html", REQUEST)
    assert _tree(imported) == [("1", "Both sides stop firing along the whole front within a "
                                     "day."),
                               ("2", "Monitors watch the line, as in point 3."),
                               ("3", "Detainees are swapped in stages.")]
    notes = imported.plan.notes or ""
    for furniture in ("captures", "Wayback Machine", "NOV"):
        assert furniture not in notes
    assert "Officials said the text could still change." in notes


def test_a_notion_export_s_paragraph_between_the_points_is_not_the_point_s() -> None:
    """Notion writes each numbered item as a list of its own (``<ol class="numbered-list"
    start="3">``), an item's further blocks inside it: a paragraph between two such lists
    (the note taker's comment) became point 3's second paragraph."""
    def item(n: int, text: str) -> str:
        return f'<ol type="1" id="b{n}" class="numbered-list" start="{n}"><li>{text}</li></ol>'

    page = ('<html><head><meta charset="utf-8"/><title>Outline notes</title></head><body>'
            '<article id="a1" class="page sans"><header><h1 class="page-title">Outline notes'
            '</h1></header><div class="page-body"><p id="p0">Points as reported:</p>'
            + item(1, "Both sides stop firing along the whole front within a day.")
            + item(2, "Monitors watch the line.<p id=\"c2\">They report every month.</p>")
            + item(3, "Detainees are swapped in stages.")
            + '<p id="p1">My comment: point 3 is new.</p>'
            + item(4, "Elections follow within a hundred days.")
            + "</div></article></body></html>")
    imported = import_bytes(page.encode(), "Outline notes 1a2b.html", ".html", REQUEST)
    assert _tree(imported) == [
        ("1", "Both sides stop firing along the whole front within a day."),
        ("2", "Monitors watch the line.\n\nThey report every month."),
        ("3", "Detainees are swapped in stages."),
        ("4", "Elections follow within a hundred days.")]
    assert "My comment: point 3 is new." in (imported.plan.notes or "")


SECTIONS = [("suv", "Суверенітет", "Суверенітет України підтверджується."),
            ("nen", "Ненапад", "Сторони укладають пакт про ненапад."),
            ("vyb", "Вибори", "Вибори проводять протягом ста днів.")]


def test_an_in_page_table_of_contents_does_not_give_the_points_twice() -> None:
    """A long read's "Зміст": a list (or paragraphs) of links to its own headings, numbered
    as they are (``<a href="#vybory">3. Вибори</a>``). It was read as points 1-3 with the
    headings' words for text, then the sections as points 1-3 again."""
    sections = "".join(f'<h2 id="{i}">{n}. {t}</h2><p>{x}</p>'
                       for n, (i, t, x) in enumerate(SECTIONS, 1))
    tables = ('<div class="article-toc"><p>Зміст</p><ol>'
              + "".join(f'<li><a href="#{i}">{t}</a></li>' for i, t, _ in SECTIONS) + "</ol></div>",
              "<p><b>Зміст:</b></p>" + "".join(f'<p><a href="#{i}">{n}. {t}</a></p>'
                                                  for n, (i, t, _) in enumerate(SECTIONS, 1)))
    for table in tables:
        imported = import_bytes(_page(table + sections, "uk"), "page.html", ".html", REQUEST)
        assert [(p.number, p.title, p.text) for p in imported.plan.points] == [
            (str(n), t, x) for n, (_, t, x) in enumerate(SECTIONS, 1)]
        assert any("table of contents" in f.message for f in imported.report.findings)


LIST = ("<ol><li><p>Both sides stop firing along the whole front within a day.</p></li>"
        "<li><p>Monitors from neutral states watch the line.</p></li>"
        "<li><p>Detainees are swapped in stages.</p></li></ol>")


def test_a_reader_view_or_a_newsletter_post_s_furniture_is_not_in_the_notes() -> None:
    """A browser's reader view saves the site's name and the reading time over the article,
    Substack its like, comment and share counts, Medium its claps and byline row: they went
    to the version's notes ("2–3 minutes", "124", "Share", "--")."""
    reader = ('<html><head><meta charset="utf-8"><title>Plan</title></head><body class="light">'
              '<div class="container"><div class="header reader-header"><a class="domain '
              'reader-domain" href="#">ledger.example</a><h1 class="reader-title">Plan</h1>'
              '<div class="meta-data"><div class="reader-estimated-time">2–3 minutes</div>'
              '</div></div><hr><div class="content"><div class="moz-reader-content"><div '
              f'id="readability-page-1" class="page"><div>{LIST}</div></div></div></div></div>'
              "</body></html>")
    substack = ('<html><head><meta charset="utf-8"><title>Plan</title></head><body><article '
                'class="newsletter-post post"><div class="post-header"><h1 class="post-title">'
                'Plan</h1><div class="post-ufi"><a class="like-button"><div class="label">124'
                '</div></a><a class="restack-button"><div class="label">Share</div></a></div>'
                f'</div><div class="available-content"><div class="body markup">{LIST}</div>'
                "</div></article></body></html>")
    medium = ('<html><head><meta charset="utf-8"><title>Plan</title></head><body><article>'
              '<section><h1 class="pw-post-title">Plan</h1><div class="speechify-ignore ab">'
              '<span><a href="#">A Writer</a></span><span>4 min read</span><div class="pw-'
              f'multi-vote-count"><p>--</p></div></div>{LIST}</section></article></body></html>')
    for name, page in (("reader", reader), ("substack", substack), ("medium", medium)):
        imported = import_bytes(page.encode(), f"{name}.html", ".html", REQUEST)
        assert [n for n, _ in _tree(imported)] == ["1", "2", "3"], name
        assert not (imported.plan.notes or "").strip(), (name, imported.plan.notes)


def test_a_lead_in_bold_by_its_style_or_class_names_the_point() -> None:
    """A copy pasted from Google Docs into a site's editor keeps its bold as ``<span
    style="font-weight:700">`` inside Google's ``<b style="font-weight:normal">`` wrapper,
    and a Google Docs export sets it by a class (``.c0{font-weight:700}``): the lead-in
    ``Point 1: Sovereignty.`` was not told, and its title ran into the point's text."""
    expected = [("1", "Sovereignty", "Ukraine's sovereignty is confirmed."),
                ("2", "Ceasefire", "A ceasefire takes effect on signing.")]
    pasted = ('<b style="font-weight:normal;" id="docs-internal-guid-5e6f7a8b-7fff-0a1b">'
              + "".join(f'<p dir="ltr" style="line-height:1.38"><span style="font-size:11pt;'
                        f'font-weight:700;font-style:normal;">Point {n}: {t}.</span><span '
                        f'style="font-size:11pt;font-weight:400;"> {x}</span></p>'
                        for n, t, x in expected) + "</b>")
    export = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
              '<style type="text/css">.c0{font-weight:700;font-size:11pt}.c1{font-weight:400;'
              'font-size:11pt}.c2{padding-top:0pt;line-height:1.15}</style></head><body '
              'class="doc-content">' + "".join(f'<p class="c2"><span class="c0">Point {n}: '
                                               f'{t}.</span><span class="c1">&nbsp;{x}</span>'
                                               "</p>" for n, t, x in expected)
              + "</body></html>").encode()
    for name, data in (("pasted", _page(pasted)), ("export", export)):
        imported = import_bytes(data, f"{name}.html", ".html", REQUEST)
        assert [(p.number, p.title, p.text) for p in imported.plan.points] == expected, name


def test_a_box_asking_readers_for_support_is_not_the_last_point_s() -> None:
    """A site's appeal for donations right under the article's list (Ukrainian outlets'
    "Підтримайте …" box, a contributions box, a "support us" box) became the last point's
    second and third paragraphs."""
    points = ("<p>1. Both sides stop firing within a day.</p><p>2. Monitors watch the line."
              "</p><p>3. Detainees are swapped in stages.</p>")
    for box in ('<div class="donate-block"><p>Підтримайте незалежну журналістику</p><p>Ми '
                "існуємо завдяки читачам.</p></div>",
                '<div class="contributions__epic"><p>We have a small favour to ask of you.'
                "</p></div>",
                '<div class="support-us"><p>Support our reporting from Kyiv.</p></div>'):
        imported = import_bytes(_page(points + box, "uk"), "page.html", ".html", REQUEST)
        assert _tree(imported)[-1] == ("3", "Detainees are swapped in stages."), box


def test_a_designed_card_s_number_box_numbers_the_heading_under_it() -> None:
    """An explainer sets each point as a card: a big number in its own box, then the
    card's heading and text. The number alone was point 1 with no text, the heading and
    text went to the notes."""
    cards = "".join(f'<div class="point"><div class="point__num">0{n}</div><div class="point_'
                    f'_body"><h3>{t}</h3><p>{x}</p></div></div>'
                    for n, t, x in ((1, "Ceasefire", "Both sides stop firing within a day."),
                                    (2, "Monitors", "Monitors watch the line.")))
    imported = import_bytes(_page(cards), "page.html", ".html", REQUEST)
    assert [(p.number, p.title, p.text) for p in imported.plan.points] == [
        ("1", "Ceasefire", "Both sides stop firing within a day."),
        ("2", "Monitors", "Monitors watch the line.")]


def test_a_number_box_hidden_from_screen_readers_still_numbers_its_card() -> None:
    """``<span class="card-number" aria-hidden="true">2</span>``: hidden from screen readers
    as decoration, seen by every other reader. It was left out with the page's hidden
    things, and the page had no numbered point at all."""
    cards = "".join(f'<div class="card"><span class="card-number" aria-hidden="true">{n}</span>'
                    f"<p>{x}</p></div>"
                    for n, x in ((1, "Both sides stop firing."), (2, "Monitors watch."),
                                 (3, "Detainees go home.")))
    imported = import_bytes(_page(cards), "page.html", ".html", REQUEST)
    assert _tree(imported) == [("1", "Both sides stop firing."), ("2", "Monitors watch."),
                               ("3", "Detainees go home.")]
