"""Shapes of real press pages probed in the session of their own: a Japanese page's points
as a list of numbered terms (``<dl><dt>1</dt><dd>…</dd>``), list items opening with a bold
title. Texts are the project's own."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.pages import page as _page
from tests.plans.intake.pages import tree as _tree

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")

_JA = [("1", "ウクライナの主権を確認する。"), ("2", "包括的な不可侵合意を結ぶ。"),
       ("3", "北大西洋条約機構はこれ以上拡大しない。")]


@pytest.mark.parametrize("term", ["{n}", "（{n}）", "{n}."])
def test_the_page_s_text_after_a_list_of_numbered_terms_is_not_the_last_point_s(
        term: str) -> None:
    """``<dl>`` with the points' numbers as its terms, then the reporter's sentence: it ran
    into point 3 as its second paragraph (with a warning to check it)."""
    terms = "".join(f"<dt>{term.format(n=n)}</dt><dd>{text}</dd>" for n, text in _JA)
    imported = import_bytes(_page(f"<h1>和平案の要旨</h1><p>主な項目は以下の通り。</p><dl>{terms}"
                                  "</dl><p>内容は今後変わる可能性がある。</p>", "ja"),
                            "page.html", ".html", REQUEST)
    assert _tree(imported) == _JA
    assert "内容は今後変わる可能性がある。" in (imported.plan.notes or "")


def test_titled_numbered_terms_keep_their_titles_and_leave_the_page_s_text() -> None:
    """``<dt>1. 主権</dt><dd>…</dd>``: the term is the point's number and title."""
    titles = ["主権", "不可侵", "拡大"]
    terms = "".join(f"<dt>{n}. {title}</dt><dd>{text}</dd>"
                    for (n, text), title in zip(_JA, titles, strict=True))
    imported = import_bytes(_page(f"<dl>{terms}</dl><p>内容は今後変わる可能性がある。</p>", "ja"),
                            "page.html", ".html", REQUEST)
    assert [(p.number, p.title, p.text) for p in imported.plan.points] == [
        (n, title, text) for (n, text), title in zip(_JA, titles, strict=True)]


_TITLED = [("1", "Sovereignty", "Ukraine remains a sovereign state in full."),
           ("2", "Non-aggression", "Russia, Ukraine and Europe sign a pact of non-aggression."),
           ("3", "NATO", "The alliance does not expand further east.")]


@pytest.mark.parametrize("item", ["<strong>{t}.</strong><p>{x}</p>",
                                  "<strong>{t}.</strong> {x}",
                                  "<b>{t}:</b> {x}",
                                  "<p><strong>{t}</strong></p><p>{x}</p>"])
def test_list_items_opening_with_a_bold_title(item: str) -> None:
    """Each ``<li>`` opens with its title in bold (a stop or a colon after it, the text run
    in or in a paragraph below): the title and its stop ran into the text ("Sovereignty.
    Ukraine remains …", "Sovereignty.\\n\\nUkraine …")."""
    items = "".join(f"<li>{item.format(t=t, x=x)}</li>" for _, t, x in _TITLED)
    imported = import_bytes(_page(f"<p>The plan, as we read it:</p><ol>{items}</ol>"),
                            "page.html", ".html", REQUEST)
    assert [(p.number, p.title, p.text) for p in imported.plan.points] == _TITLED


@pytest.mark.parametrize(("items", "lang"), [
    ("<li><b>Ukraine</b> remains sovereign.</li><li><b>Russia</b> signs a pact.</li>"
     "<li><b>NATO</b> does not expand.</li>", "en"),
    ("<li><b>Ukraine remains sovereign.</b></li><li><b>Russia signs a pact.</b></li>"
     "<li><b>NATO does not expand.</b></li>", "en"),
    ("<li><b>ロシア</b>は主権を確認する。</li><li><b>欧州</b>は合意を結ぶ。</li>"
     "<li><b>ＮＡＴＯ</b>は拡大しない。</li>", "ja"),
])
def test_bold_words_a_sentence_goes_on_from_stay_the_text(items: str, lang: str) -> None:
    """A sentence going on from its bold first word (in small letters, or a Japanese
    particle), or an item all in bold, is no title."""
    imported = import_bytes(_page(f"<ol>{items}</ol>", lang), "page.html", ".html", REQUEST)
    assert all(p.title is None for p in imported.plan.points)
    assert all(p.text[:1] in "URNロ欧Ｎ" for p in imported.plan.points)


def test_subheads_before_the_points_stay_where_they_stand_in_the_notes() -> None:
    """The lead, a subhead over the background, its paragraph, then a subhead over the
    list: the notes gave both subheads after all the text before the points, the
    background's paragraph before its own heading."""
    imported = import_bytes(_page(
        "<h1>Plan</h1><p>The lead paragraph of the story.</p><h2>Background</h2><p>Some "
        "context on the talks so far.</p><h2>The points</h2><ol><li>Both sides stop firing."
        "</li><li>Monitors watch the line.</li><li>Detainees are swapped.</li></ol>"),
        "page.html", ".html", REQUEST)
    assert (imported.plan.notes or "").split("\n\n") == [
        "The lead paragraph of the story.", "Heading before point 1: Background",
        "Some context on the talks so far.", "Heading before point 1: The points"]


_PHRASES = [("1", "ウクライナの主権を確認する"), ("2", "包括的な不可侵の合意を結ぶ"),
            ("3", "ＮＡＴＯはこれ以上拡大しない")]
_CLOSING = "ウクライナ政府は内容を精査するとしています。"


@pytest.mark.parametrize("points", [
    "<p>" + "<br>".join([*(f"（{n}）" + t for n, t in _PHRASES), "", _CLOSING]) + "</p>",
    "".join(f"<p>（{n}）{t}</p>" for n, t in _PHRASES) + f"<p>{_CLOSING}</p>",
])
def test_a_broadcaster_s_points_with_no_stops_and_its_closing_sentence(points: str) -> None:
    """A broadcaster lists the points as phrases with no closing stop, then says in its
    polite form what the government does about them (``…としています。``): the sentence ran
    into point 3, silently (an unfinished last point was never checked)."""
    imported = import_bytes(_page(f"<h1>和平案　主な内容</h1><p>主な内容です。</p>{points}", "ja"),
                            "page.html", ".html", REQUEST)
    assert _tree(imported) == _PHRASES
    assert _CLOSING in (imported.plan.notes or "")


def test_a_phrase_list_s_last_point_keeps_a_paragraph_that_is_no_report() -> None:
    """Two points in phrases and a third with a paragraph below that reads as the draft's
    own: it stays (with the warning to check it), nothing moved on a guess."""
    imported = import_bytes(_page(
        "<p>1. Sovereignty confirmed</p><p>2. Non-aggression pact</p><p>3. Guarantees</p>"
        "<p>Guarantees mirror the alliance's own clause on mutual defence.</p>"),
        "page.html", ".html", REQUEST)
    assert _tree(imported)[-1] == ("3", "Guarantees\n\nGuarantees mirror the alliance's own "
                                        "clause on mutual defence.")


def test_a_wire_s_closing_line_with_its_attribution_at_the_end_leaves_the_last_point() -> None:
    """A wire's page sets each paragraph in a ``<div>`` (no blank line between) and its
    points as dash-led paragraphs; the closing sentence says who said it at its end
    ("…, officials said on Friday.") and ran into point 3."""
    imported = import_bytes(_page(
        "<div>KYIV, Nov 21 - Below are the main points of the draft, according to a copy seen "
        "by this agency:</div><div>- Ukraine's sovereignty will be confirmed.</div><div>- "
        "Russia, Ukraine and Europe will sign a non-aggression pact.</div><div>- NATO will "
        "not expand further.</div><div>Kyiv has not commented on the draft, officials said on "
        "Friday.</div>"), "page.html", ".html", REQUEST)
    assert _tree(imported)[-1] == ("3", "NATO will not expand further.")
    assert "Kyiv has not commented on the draft" in (imported.plan.notes or "")


@pytest.mark.parametrize("item", ["<strong>{t}.</strong><p>{x}</p>", "<b>{t}:</b> {x}"])
def test_bulleted_items_opening_with_a_bold_title_on_a_page_numbering_nothing(
        item: str) -> None:
    """A ``<ul>`` of the points, each item's title in bold: read as the bulleted draft it
    is, each title the point's (the title and its stop ran into the text)."""
    items = "".join(f"<li>{item.format(t=t, x=x)}</li>" for _, t, x in _TITLED)
    imported = import_bytes(_page(f"<p>The plan, as we read it:</p><ul>{items}</ul>"),
                            "page.html", ".html", REQUEST)
    assert [(p.number, p.title, p.text) for p in imported.plan.points] == _TITLED


def test_a_bulleted_box_of_reactions_beside_numbered_points_stays_as_written() -> None:
    """Beside the numbered points, a bulleted box whose items open with a bold name stays
    in the notes as the page wrote it (``• Kyiv: The government …``)."""
    imported = import_bytes(_page(
        "<ol><li>Both sides stop firing.</li><li>Monitors watch the line.</li><li>Detainees "
        "are swapped.</li></ol><ul><li><b>Kyiv:</b> The government wants firmer guarantees."
        "</li><li><b>Moscow:</b> The Kremlin has not replied.</li><li><b>Brussels:</b> The EU "
        "asks for a seat.</li></ul>"), "page.html", ".html", REQUEST)
    assert [n for n, _ in _tree(imported)] == ["1", "2", "3"]
    assert "• Kyiv: The government wants firmer guarantees." in (imported.plan.notes or "")


def test_a_number_box_naming_its_point_with_a_word_before_the_title() -> None:
    """An accordion whose summary sets "Пункт 1" in a number box and the title in a span
    beside it: the two ran together ("Пункт 1Суверенітет") and the points were read as
    untitled sections; the box's label ends where the title starts."""
    items = (("Суверенітет", "Суверенітет України підтверджується."),
             ("Ненапад", "Росія й Україна укладають угоду про ненапад."),
             ("Гарантії", "Україна отримує гарантії безпеки."))
    page = ("<html><body><main><h1>Пункти плану</h1><div class='faq'>" + "".join(
        f"<details><summary><span class='faq__num'>Пункт {n}</span><span class='faq__q'>"
        f"{title}</span></summary><div class='faq__a'><p>{text}</p></div></details>"
        for n, (title, text) in enumerate(items, 1)) + "</div></main></body></html>")
    imported = import_bytes(page.encode(), "page.html", ".html", REQUEST)
    assert [(p.number, p.title, p.text) for p in imported.plan.points] == [
        (str(n), title, text) for n, (title, text) in enumerate(items, 1)]


@pytest.mark.parametrize("empty", ['<a class="anchor" href="#s2">#</a>',
                                   "<button>Copy link</button>",
                                   '<a class="anchor" href="#s2"></a>'])
def test_a_heading_whose_words_are_all_left_out_heads_nothing(empty: str) -> None:
    """A heading holding only what the page reader leaves out (a copy-link button, a
    paragraph's own link, an empty anchor): its mark went to the next paragraph, which became
    a heading, point 2's second paragraph going to the notes."""
    body = ("<h1>Outline</h1><p>1. Both sides stop firing.</p><p>2. Monitors watch the line.</p>"
            f"<h3>{empty}</h3><p>They report every week.</p><p>3. Detainees are swapped.</p>")
    imported = import_bytes(_page(body), "page.html", ".html", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "Both sides stop firing."),
        ("2", "Monitors watch the line.\n\nThey report every week."),
        ("3", "Detainees are swapped.")]


STEPS10 = tuple(f"Step {n} of the outline: the parties settle matter {n} by talks." for n in
                range(1, 11))


@pytest.mark.parametrize("at", [5, 8])
def test_a_pull_quote_repeating_a_point_with_its_number_is_no_point(at: int) -> None:
    """A pull quote set between two points that repeats point 7 with its number, bold as the
    points' numbers are (before point 7 or after it): it stood as a second point 7, the
    numbering going back ("point 6 comes after 7")."""
    quote = f"<p><strong>7.</strong> {STEPS10[6]}</p>"
    body = "<h1>Outline</h1>" + "".join(
        f"<p><strong>{n}.</strong> {text}</p>" + (quote if n == at else "")
        for n, text in enumerate(STEPS10, 1))
    imported = import_bytes(_page(body), "page.html", ".html", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        (str(n), text) for n, text in enumerate(STEPS10, 1)]
    assert not imported.report.warnings
    assert STEPS10[6] in (imported.plan.points[at - 1].notes or "")


SIX = ("Both sides stop all fire along the line of contact within 72 hours.",
       "A neutral mission monitors the line from fixed posts and by drones.",
       "Heavy weapons withdraw 30 kilometres from the line within a month.",
       "All prisoners are exchanged on an all-for-all basis, civilians included.",
       "Humanitarian corridors open in every besieged town.",
       "Elections are held within six months of the signing.")

_BOXES = {
    "blockquote": "<blockquote class=\"highlight\"><p>{}</p></blockquote>",
    "box": "<div class=\"highlight-box\"><p>{}</p></div>",
    "italic": "<p class=\"callout\"><em>{}</em></p>",
}


@pytest.mark.parametrize("box", sorted(_BOXES))
@pytest.mark.parametrize(("at", "quoted"), [
    (2, "All prisoners are exchanged on an all-for-all basis"),  # a point further on
    (5, "Humanitarian corridors open in every besieged town"),  # its own point
])
def test_a_quote_box_without_a_number_repeating_a_point_goes_to_the_notes(
        box: str, at: int, quoted: str) -> None:
    """A quote box repeating a part of a point with no number (a blockquote, a highlighted
    box, a paragraph in italics) after point ``at``: it was glued onto that point as its
    second paragraph."""
    body = "<h1>Outline</h1>" + "".join(
        f"<p><strong>{n}.</strong> {text}</p>" + (_BOXES[box].format(quoted) if n == at else "")
        for n, text in enumerate(SIX, 1))
    imported = import_bytes(_page(body), "page.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), text) for n, text in enumerate(SIX, 1)]
    assert quoted in (imported.plan.points[at - 1].notes or "")
    assert any("pull quote repeating point" in f.message for f in imported.report.findings)


def test_a_pasted_quote_box_and_a_japanese_one_go_to_the_notes() -> None:
    """The same in a pasted copy of the page (the box's words on a line of their own) and
    in a Japanese page (a run of characters, no spaces)."""
    text = "\n\n".join([f"1. {SIX[0]}", f"2. {SIX[1]}", "A neutral mission monitors the line",
                       f"3. {SIX[2]}"]) + "\n"
    imported = import_bytes(text.encode(), "copy.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == list(SIX[:3])
    assert "A neutral mission monitors the line" in (imported.plan.points[1].notes or "")
    ja = ("双方は接触線に沿って全ての戦闘を停止する。", "中立の監視団が停戦を監視する。",
          "捕虜は全員交換する。")
    body = ("<h1>停戦案</h1>" + "".join(f"<p>{n}．{t}</p>" for n, t in enumerate(ja, 1))
            ).replace("<p>2．", "<blockquote><p>全ての戦闘を停止</p></blockquote><p>2．")
    imported = import_bytes(_page(body, "ja"), "page.html", ".html", REQUEST)
    assert [p.text for p in imported.plan.points] == list(ja)


def test_like_paragraphs_under_two_points_stay() -> None:
    """A draft's own second paragraph said under two points (``The details are set out in
    Annex 2.``) is no pull quote: both stay."""
    text = (f"1. {SIX[0]}\n\nThe details are set out in Annex 2 to this outline.\n\n"
            f"2. {SIX[1]}\n\n3. {SIX[2]}\n\nThe details are set out in Annex 2 to this "
            "outline.\n")
    imported = import_bytes(text.encode(), "draft.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        f"{SIX[0]}\n\nThe details are set out in Annex 2 to this outline.", SIX[1],
        f"{SIX[2]}\n\nThe details are set out in Annex 2 to this outline."]


_PULL = {
    "wordpress": "<figure class=\"wp-block-pullquote\"><blockquote><p>{q}</p><cite>{who}</cite>"
                 "</blockquote></figure>",
    "wordpress-styled": "<figure class=\"wp-block-pullquote is-style-solid-color has-border\">"
                        "<blockquote class=\"has-text-color\"><p>{q}</p><cite>{who}</cite>"
                        "</blockquote></figure>",
    "aside": "<aside class=\"article-pullquote\"><p>{q}</p><p class=\"who\">{who}</p></aside>",
    "div": "<div class=\"pull-quote pull-quote--right\"><blockquote>{q}</blockquote>"
           "<span class=\"pull-quote__author\">{who}</span></div>",
}
_SAID = ("Nobody in this room expects the guns to fall silent on the first day.",
         "A European diplomat close to the talks")


@pytest.mark.parametrize("kind", sorted(_PULL))
def test_a_pull_quote_block_goes_to_the_notes_not_nowhere(kind: str) -> None:
    """A pull quote set in its block between two parts of the list (WordPress's
    ``figure.wp-block-pullquote`` with its ``<cite>``, a theme's ``aside`` or ``div``):
    it was dropped with no word in the report. It goes to the version's notes with its
    speaker, and the report counts it; the points are the list's."""
    body = ("<h1>What the revised outline says</h1><p>The revised outline runs to five "
            "points.</p><ol>" + "".join(f"<li>{t}</li>" for t in SIX[:3]) + "</ol>"
            + _PULL[kind].format(q=_SAID[0], who=_SAID[1]) + "<ol start=\"4\">"
            + "".join(f"<li>{t}</li>" for t in SIX[3:5]) + "</ol>")
    imported = import_bytes(_page(body), "page.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), text) for n, text in enumerate(SIX[:5], 1)]
    notes = imported.plan.notes or ""
    assert _SAID[0] in notes and _SAID[1] in notes
    assert any("pull quote" in f.message for f in imported.report.findings)


def test_a_pull_quote_block_holding_a_point_with_its_number_is_that_point() -> None:
    """A page that sets point 3 large in a pull quote block, with its number, and nowhere
    else: point 3. One repeating a point given in the list is no second point."""
    block = "<figure class=\"wp-block-pullquote\"><blockquote><p>{}</p></blockquote></figure>"
    body = "<h1>Outline</h1>" + "".join(
        block.format(f"{n}. {t}") if n == 3 else f"<p>{n}. {t}</p>"
        for n, t in enumerate(SIX, 1))
    imported = import_bytes(_page(body), "page.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), text) for n, text in enumerate(SIX, 1)]
    body = "<h1>Outline</h1>" + "".join(
        f"<p>{n}. {t}</p>" + (block.format(f"5. {SIX[4]}") if n == 2 else "")
        for n, t in enumerate(SIX, 1))
    imported = import_bytes(_page(body), "page.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), text) for n, text in enumerate(SIX, 1)]
    assert SIX[4] in (imported.plan.points[1].notes or "")


@pytest.mark.parametrize("slot", [
    '<li data-ad="true"><iframe src="https://ads.example/slot-7"></iframe></li>',
    '<li><img src="/pixel.gif" alt=""></li>', "<li> </li>",
    '<li><div id="div-gpt-ad-4"></div></li>'])
def test_an_empty_item_in_the_list_of_points_takes_no_number(slot: str) -> None:
    """An ad's slot set in the list as an item of its own, with no text once saved (an
    iframe, a pixel, an empty box): it took number 3, so the points after it were numbered
    4-6 ("point 4 follows 2: 3 missing"). Like an item that only says "Advertisement", it
    gives its number back, and the report counts it."""
    items = ["Ukraine stays sovereign.", "A non-aggression pact is signed.",
             "NATO does not expand.", "Security guarantees are given.",
             "Elections are held within 100 days."]
    page = _page("<p>The plan's points are as follows:</p><ol>" + "".join(
        f"<li>{item}</li>" for item in items[:2]) + slot + "".join(
        f"<li>{item}</li>" for item in items[2:]) + "</ol>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), item) for n, item in enumerate(items, 1)]
    assert not imported.report.warnings, imported.report.lines()
    assert any("1 empty item(s) of a list" in f.message for f in imported.report.findings)


def test_an_item_that_is_a_picture_with_words_keeps_its_number() -> None:
    """An item with no text but an image described (the point set in a picture): its number
    stays the point's, and the gap it leaves is a warning, never read away."""
    page = _page("<ol><li>Ukraine stays sovereign.</li><li>A pact is signed.</li>"
                 '<li><img src="/p3.png" alt="Point 3 as printed in the leaked copy"></li>'
                 "<li>Security guarantees are given.</li></ol>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert [n for n, _ in _tree(imported)] == ["1", "2", "4"]
    assert any("3 missing" in w.message for w in imported.report.warnings)


@pytest.mark.parametrize("box", [
    '<div class="read-more-box"><h4>Read more</h4><ol><li><a href="/a">Who drafted the plan'
    '</a></li><li><a href="/b">Kyiv\'s reaction</a></li><li><a href="/c">What Moscow wants'
    "</a></li></ol></div>",
    '<section class="inline-links"><p><strong>Related stories</strong></p><ol><li><a href="/a">'
    'Who drafted the plan</a></li><li><a href="/b">Kyiv\'s reaction</a></li><li><a href="/c">'
    "What Moscow wants</a></li></ol></section>",
    '<div class="box"><h3>Читайте також</h3><ul><li><a href="/a">Хто писав план</a></li>'
    '<li><a href="/b">Реакція Києва</a></li><li><a href="/c">Чого хоче Москва</a></li></ul>'
    "</div>"])
def test_a_box_of_links_under_its_heading_between_points_leaves_the_rest_points(box: str) -> None:
    """A "Read more" box of three links (numbered 1-3 by its list) between points 3 and 4
    of numbered paragraphs: the draft's 4 was read as the box's next item, and points 4-6
    went to the notes under "Read more" (a warning only when a headline counts the points).
    The box closes where its element does: it is left out and counted."""
    points = ["Fighting stops along the line.", "Heavy arms move back.", "Monitors patrol.",
              "Prisoners are swapped.", "Sanctions are eased.", "Elections are held in spring."]
    page = _page("<p>The plan reads:</p>" + "".join(
        f"<p>{n}. {p}</p>" for n, p in enumerate(points[:3], 1)) + box + "".join(
        f"<p>{n}. {p}</p>" for n, p in enumerate(points[3:], 4)))
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), p) for n, p in enumerate(points, 1)]
    assert any("left out 1 box(es) of links to other stories" in f.message
               for f in imported.report.findings), imported.report.lines()


@pytest.mark.parametrize("between", [
    '<p><strong>READ MORE: </strong><a href="/x">Who wrote the plan?</a></p>',
    '<p>Related: <a href="/y">Kremlin replies to the outline</a></p>',
    "<p><em>Advertisement</em></p>"])
def test_a_promo_line_between_two_lists_with_no_start_lets_the_list_go_on(between: str) -> None:
    """A CMS splits the plan's list round a "READ MORE: …" line (or "Related: …", an ad's
    label set as a paragraph); the list after it has no start=. As after an ad's box or an
    image, it goes on from the list before (4, 5), where it opened a second part numbered
    from 1; the line goes to the notes."""
    points = ["Fighting stops along the line.", "Heavy arms move back.", "Monitors patrol.",
              "Prisoners are swapped.", "Sanctions are eased."]
    page = _page("<p>The points are:</p><ol>" + "".join(f"<li>{p}</li>" for p in points[:3])
                 + f"</ol>{between}<ol>" + "".join(f"<li>{p}</li>" for p in points[3:])
                 + "</ol>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), p) for n, p in enumerate(points, 1)]
