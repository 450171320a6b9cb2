"""Press pages seen by press4: the same list twice in a page's text (a mobile and a desktop
copy, a summary box), numbering forms and announced counts of real press pages, stray marks
left by a PDF. Texts are the project's own."""

from __future__ import annotations

import contextlib
import json
from typing import Any

import pytest

from plandiff.errors import InputError
from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.intake.lines import Line
from plandiff.plans.intake.notemarks import spaced_bracket_marks
from tests.helpers import assert_linear_cpu
from tests.plans.intake.pages import messages as _messages
from tests.plans.intake.pages import page as _page
from tests.plans.intake.pages import tree as _tree

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")

STEPS = ("Both sides stop firing along the whole front.",
         "Monitors from neutral states watch the line.",
         "Detainees are swapped in stages.")


def _bold(points: tuple[str, ...]) -> str:
    return "".join(f"<p><strong>{n}.</strong> {text}</p>" for n, text in enumerate(points, 1))


@pytest.mark.parametrize("copies", [
    '<div class="article-body--mobile">{0}</div><div class="article-body--desktop">{0}</div>',
    "{0}{0}",
    "{0}<p>The full text once more:</p>{0}",
    "<ol>" + "".join(f"<li>{text}</li>" for text in STEPS) + "</ol>{0}",
])
def test_the_same_list_twice_in_the_page_s_text_is_read_once(copies: str) -> None:
    """A page carrying its list twice with no heading between (a CMS's mobile and desktop
    copies, both plain in the saved page; an <ol> then the same points in bold-numbered
    paragraphs): every point stood twice, numbered 1-3, 1-3, with a warning that the
    numbering goes back. The second copy goes to the version's notes, with its lead-in."""
    page = _page("<h1>The outline</h1><p>The draft reads:</p>" + copies.format(_bold(STEPS))
                 + "<p>Officials said the talks would go on.</p>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), text) for n, text in enumerate(STEPS, 1)]
    notes = imported.plan.notes or ""
    assert "1. Both sides stop firing along the whole front." in notes
    assert "Officials said the talks would go on." in notes
    if "once more" in copies:
        assert notes.index("The full text once more:") < notes.index("1. Both sides")
    messages = _messages(imported)
    assert not any("goes back" in m for m in messages), messages
    assert any("a list numbered 1-3 again restates the points before it" in m
               for m in messages), messages


def test_a_second_list_right_after_that_says_other_things_stays() -> None:
    """Numbering going back to 1 on other points is no copy: both lists stay points, with
    the warning that the numbering goes back."""
    other = ("Sanctions are lifted in stages.", "Frozen funds go to rebuilding.",
             "Trade routes reopen.")
    imported = import_bytes(_page(_bold(STEPS) + _bold(other)), "page.html", ".html",
                            REQUEST)
    assert [p.text for p in imported.plan.points] == [*STEPS, *other]
    assert any("goes back" in m for m in _messages(imported))


def _announcement(headline: str) -> list[str]:
    items = "".join(f"<li>Item {n} is agreed here.</li>" for n in range(1, 4))
    page = _page(f"<h1>{headline}</h1><p>The copy as the paper gave it.</p><ol>{items}</ol>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    return [line for line in imported.report.lines() if "announces" in line]


@pytest.mark.parametrize("headline", [
    "和平案、二十八の項目の全文", "和平案の28の項目を公表", "和平案は２８の条項からなる",
    "План с двадцатью восемью пунктами опубликован", "Документ с двадцатью восьмью пунктами",
    "План з двадцятьма вісьмома пунктами", "План із двадцятьома вісьмома пунктами"])
def test_a_count_joined_by_no_or_in_the_instrumental_is_checked(headline: str) -> None:
    """A Japanese count joined to the word for point by の (二十八の項目) and a Russian or
    Ukrainian count in the instrumental case (с двадцатью восемью пунктами) over a copy of
    3 points: the warning says 28 were announced; it was silent."""
    assert _announcement(headline) == [
        "page.html: warning: the text announces 28 points but 3 were found: 4-28 not in the "
        "text"]


@pytest.mark.parametrize("headline", ["和平案、28の条件を提示",
                                      "Принят двадцатью восемью голосами"])
def test_a_count_of_something_else_joined_by_no_or_in_the_instrumental_is_none(
        headline: str) -> None:
    assert _announcement(headline) == []


def _preamble_count(preamble: str) -> list[str]:
    items = "".join(f"<li>Item {n} is agreed here.</li>" for n in range(1, 4))
    page = _page(f"<h1>Peace talks</h1>{preamble}<p>The copy as the paper gave it.</p>"
                 f"<ol>{items}</ol>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    return [line for line in imported.report.lines() if "announces" in line]


@pytest.mark.parametrize("preamble", [
    "<p>Read 20 articles a month for free. Subscribe now.</p>",
    "<h2>20 articles you may have missed</h2>",
    "<p>Subscribers get 20 items a week in their inbox.</p>"])
def test_a_site_s_count_of_its_own_articles_is_no_announced_count(preamble: str) -> None:
    """A metered paywall's or a reading list's "20 articles" above the list is the site's,
    not the plan's: it warned that 20 points were announced and 3 found."""
    assert _preamble_count(preamble) == []


def test_a_count_of_the_plan_s_articles_in_the_preamble_still_is() -> None:
    assert _preamble_count("<p>The draft treaty has 20 articles.</p>") == [
        "page.html: warning: the text announces 20 points but 3 were found: 4-20 not in the "
        "text"]


def _pasted(text: str) -> tuple[list[tuple[str, str]], str]:
    imported = import_bytes(text.encode(), "copy.txt", ".txt", REQUEST)
    return ([(p.number, p.text) for p in imported.plan.walk()],
            "\n".join(imported.report.lines()))


@pytest.mark.parametrize(("text", "first", "second"), [
    ("1. The border is confirmed.\n4\nMore follows later.\n2. A pact is signed.\n",
     "The border is confirmed. More follows later.", "A pact is signed."),
    ("1. The border is confirmed.\n17\n2. A pact is signed.\n", "The border is confirmed.",
     "A pact is signed."),
    ("1. The border is confirmed.\n2. A pact is signed.»\n5\n3. Talks go on.\n",
     "The border is confirmed.", "A pact is signed.»")])
def test_a_number_alone_under_a_finished_sentence_that_numbers_no_point_is_left_out(
        text: str, first: str, second: str) -> None:
    """A citation or page mark that lost its brackets, alone on its line under a point's
    finished sentence, that is not the number of the next point: it stayed in the point's
    text ("The border is confirmed. 4 More follows later.")."""
    points, report = _pasted(text)
    assert points[:2] == [("1", first), ("2", second)]
    assert "left out 1 number(s) alone on a line under a finished sentence" in report


def test_numbers_alone_that_number_the_points_or_a_sentence_s_own_number_stay() -> None:
    points, report = _pasted("1\nThe border is confirmed.\n2\nA pact is signed.\n4\n"
                             "Talks go on.\n")
    assert points == [("1", "The border is confirmed."), ("2", "A pact is signed. 4 Talks go "
                                                                "on.")]
    assert "left out" not in report
    points, _ = _pasted("1. The troops number at most\n600\nthousand.\n2. A pact is signed.\n")
    assert points == [("1", "The troops number at most 600 thousand."),
                      ("2", "A pact is signed.")]


@pytest.mark.parametrize(("first", "second"), [
    ("Пункт 1. Граница подтверждается.", "Пункт 2. Наблюдатели направляются."),
    ("(1) The border is confirmed.", "(2) Monitors are sent."),
    ("① 国境を確認する。", "② 監視団を送る。"),
    ("第1条 国境を確認する。", "第2条 監視団を送る。"),
    ("No. 1 The border is confirmed.", "No. 2 Monitors are sent.")])
def test_a_citation_mark_opening_the_line_in_a_copy_numbered_in_another_form(
        first: str, second: str) -> None:
    """A raised "[2]" that split its line under a finished sentence (PDFium) is taken out
    in a copy whose points are numbered "Пункт 1.", "(1)", "①", "第1条" or "No. 1" as in
    one numbered "1."; only "1." and "1)" counted, and "[2] Talks follow in spring." stayed
    a line of text with its mark."""
    lines = [Line(first, "1"), Line("[2] Talks follow in spring.", "2"), Line(second, "3")]
    kept, count = spaced_bracket_marks(lines)
    assert [line.text for line in kept] == [first, "Talks follow in spring.", second]
    assert count == 1


RU_STEPS = ("Стороны прекращают огонь по всей линии фронта.",
            "Наблюдатели из нейтральных стран следят за линией.",
            "Пленные обмениваются поэтапно.")


def test_a_card_linking_to_another_story_between_the_points_is_left_out() -> None:
    """A CMS's inline card to another story between two numbered paragraphs (one link
    holding a rubric and a headline in spans, under class names no rule knows): it was
    glued to point 2 as "ПолитикаКремль ответил на план". A paragraph that is one link
    inside a point's item, and a point's own linked words, stay."""
    card = ('<div class="article__inline-item"><a class="article__inline-item__link" '
            'href="/politics/1"><span class="article__inline-item__category">Политика</span>'
            '<span class="article__inline-item__title">Кремль ответил на план</span></a>'
            "</div>")
    body = ("<h1>Опубликован текст плана</h1><p>Документ состоит из трех пунктов:</p>"
            f"<p>1. {RU_STEPS[0]}</p><p>2. {RU_STEPS[1]}</p>{card}<p>3. {RU_STEPS[2]}</p>"
            "<p>Кремль пока не ответил.</p>")
    imported = import_bytes(_page(body, "ru"), "page.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), text) for n, text in enumerate(RU_STEPS, 1)]
    assert "Кремль ответил на план" not in (imported.plan.notes or "")
    assert "left out 1 link card(s) to other stories" in "\n".join(imported.report.lines())
    own = _page('<ol><li>Both sides stop firing.</li><li><p>Monitors watch the line.</p>'
                '<p><a href="/annex">The mission rules in full</a></p></li>'
                '<li>Detainees are swapped, <a href="/x">as agreed in May</a>.</li></ol>')
    assert [text for _, text in _tree(import_bytes(own, "page.html", ".html", REQUEST))] == [
        "Both sides stop firing.", "Monitors watch the line.\n\nThe mission rules in full",
        "Detainees are swapped, as agreed in May."]


def test_a_broadcaster_s_blocks_of_tags_and_links_named_by_data_component() -> None:
    """The BBC's page names its blocks in ``data-component`` (``text-block``,
    ``tag-list``, ``links-block``), not in classes: the tag list after the last point was
    read as its sub-points 3.1, 3.2, and a block of links with its heading took the
    paragraph after it from the point."""
    def block(kind: str, inner: str) -> str:
        return f'<div data-component="{kind}">{inner}</div>'
    links = block("links-block", "<h2>More on this story</h2><ul><li><a href=\"/a\">Talks in "
                                 "Geneva</a></li><li><a href=\"/b\">Who is the envoy?</a></li>"
                                 "</ul>")
    body = (block("text-block", "<p>The draft lists these points:</p>")
            + block("text-block", f"<p><b>1.</b> {STEPS[0]}</p>")
            + block("text-block", f"<p><b>2.</b> {STEPS[1]}</p>") + links
            + block("text-block", "<p>They report to both capitals every week.</p>")
            + block("text-block", f"<p><b>3.</b> {STEPS[2]}</p>")
            + block("tag-list", '<ul><li><a href="/t/1">Ukraine</a></li>'
                                '<li><a href="/t/2">Russia</a></li></ul>'))
    imported = import_bytes(_page(body), "page.html", ".html", REQUEST)
    assert _tree(imported) == [
        ("1", STEPS[0]), ("2", STEPS[1] + "\n\nThey report to both capitals every week."),
        ("3", STEPS[2])]
    assert "Talks in Geneva" not in (imported.plan.notes or "")


FULL = ("Both sides stop firing along the whole front from the day of signature.",
        "Monitors from neutral states watch the line of contact and report weekly.",
        "Detainees are swapped in stages, all for all, within a hundred days.")
SHORT = ("Firing stops along the front.", "Neutral monitors watch the line.",
         "Detainees swapped all for all.")


@pytest.mark.parametrize("layout", [
    "<div class=\"box\"><h3>At a glance</h3>{short_ol}</div><h2>Full text</h2>{full}",
    "<p>In short:</p>{short_ps}<p>The full text reads:</p>{full}",
    "{full}<p>In short:</p>{short_ps}"])
def test_a_summary_of_the_points_in_short_sentences_goes_not_the_full_text(
        layout: str) -> None:
    """A box of key points, each a short sentence, above the full text numbered 1-3 again:
    the full text's points were dropped as the copy (or, with no heading between, every
    point stood twice). The shorter list goes to the notes, wherever it stands."""
    body = layout.format(
        short_ol="<ol>" + "".join(f"<li>{text}</li>" for text in SHORT) + "</ol>",
        short_ps="".join(f"<p>{n}. {text}</p>" for n, text in enumerate(SHORT, 1)),
        full=_bold(FULL))
    imported = import_bytes(_page("<h1>The outline</h1>" + body), "page.html", ".html",
                            REQUEST)
    assert _tree(imported) == [(str(n), text) for n, text in enumerate(FULL, 1)]
    assert "1. Firing stops along the front." in (imported.plan.notes or "")
    assert any("a list numbered 1-3" in m and "restates the points" in m
               for m in _messages(imported)), _messages(imported)


@pytest.mark.parametrize(("label", "lang"), [
    ("SCROLL TO CONTINUE WITH CONTENT", "en"),
    ("Article continues after this advertisement", "en"),
    ("Story continues below advertisement", "en"),
    ("Continue reading the main story", "en"), ("Продолжение после рекламы", "ru"),
    ("Продовження після реклами", "uk"), ("PR", "ja"), ("スポンサーリンク", "ja"),
    ("広告の後にも続きます", "ja")])
def test_an_ad_slot_s_words_between_the_points_are_no_point_s_text(label: str,
                                                                   lang: str) -> None:
    """The words a page sets round an ad between two paragraphs, in a plain paragraph (no
    class says ad): they ended point 2 as its second paragraph."""
    body = (f"<p>1. {STEPS[0]}</p><p>2. {STEPS[1]}</p><p>{label}</p><p>3. {STEPS[2]}</p>")
    imported = import_bytes(_page(body, lang), "page.html", ".html", REQUEST)
    assert [text for _, text in _tree(imported)] == list(STEPS)


JA_STEPS = ("双方は前線全体で射撃を停止する。", "中立国の監視団が境界線を監視する。",
            "拘束者を段階的に交換する。", "百日以内に選挙を実施する。")


@pytest.mark.parametrize("number", ["circled", "paren"])
def test_the_next_circled_point_after_a_related_links_label_ends_the_link_list(
        number: str) -> None:
    """A Japanese page's "関連記事" label and its link between points ② and ③ of a draft
    numbered ① … (or （1） …): ③ and ④ were taken for the link list's items and went to
    the notes, as "1、" numbered points after the label never were."""
    def mark(n: int) -> str:
        return chr(0x245F + n) if number == "circled" else f"（{n}）"
    body = ("<h1>和平案</h1><p>主な内容は次の通り。</p>"
            + "".join(f"<p>{mark(n)}{text}</p>" for n, text in enumerate(JA_STEPS[:2], 1))
            + "<p>関連記事</p><p><a href=\"/x\">首脳会談へ調整</a></p>"
            + "".join(f"<p>{mark(n)}{text}</p>" for n, text in enumerate(JA_STEPS[2:], 3)))
    imported = import_bytes(_page(body, "ja"), "page.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), text) for n, text in enumerate(JA_STEPS, 1)]


@pytest.mark.parametrize("label", ["【関連記事】", "［関連記事］", "[Read more]", "＜関連記事＞",
                                   "《関連記事》", "■関連記事", "▼関連記事", "【関連】", "関連："])
def test_a_related_links_label_in_brackets_between_the_points(label: str) -> None:
    """A links label a Japanese page sets in brackets (【関連記事】) between points 2 and 3,
    its link after it: the label was point 2's second paragraph."""
    body = ("<h1>和平案</h1><p>主な内容は次の通り。</p>"
            + "".join(f"<p>{n}、{text}</p>" for n, text in enumerate(JA_STEPS[:2], 1))
            + f"<p>{label}</p><p><a href=\"/x\">首脳会談へ調整</a></p>"
            + "".join(f"<p>{n}、{text}</p>" for n, text in enumerate(JA_STEPS[2:], 3)))
    imported = import_bytes(_page(body, "ja"), "page.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), text) for n, text in enumerate(JA_STEPS, 1)]


UK_STEPS = ("Сторони припиняють вогонь по всій лінії фронту.",
            "Спостерігачі з нейтральних країн стежать за лінією.",
            "Полонені обмінюються поетапно.")


@pytest.mark.parametrize("bullet", ["▪\ufe0f ", "➡\ufe0f ", "\U0001f539 "])
def test_a_channel_s_emoji_bullets_with_a_space_leave_no_selector_in_the_text(
        bullet: str) -> None:
    """A channel's post bulleting the plan's points with an emoji and a space ("▪️ Сторони
    …"), nothing numbered: each point's text began with the emoji's presentation selector
    U+FE0F, left over from the mark."""
    body = "<h1>План</h1><p>Головне з плану:</p>" + "".join(
        f"<p>{bullet}{text}</p>" for text in UK_STEPS)
    imported = import_bytes(_page(body, "uk"), "page.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), text) for n, text in enumerate(UK_STEPS, 1)]


@pytest.mark.parametrize("closing", ["Переговоры продолжаются, сообщили в Кремле.",
                                     "Обмен уже начался, заявили в Минобороны.",
                                     "Текст ще змінюватиметься, повідомили в Офісі президента."])
def test_a_closing_sentence_reporting_many_speakers_leaves_the_last_point(
        closing: str) -> None:
    """A Russian or Ukrainian page's closing sentence after the list, reporting what many
    said ("сообщили", "заявили", "повідомили": only the singular forms were known), in a
    copy where a point has a second paragraph: it stayed the last point's, silently."""
    steps = (*RU_STEPS, "Выборы проходят в течение ста дней.")
    body = ("<h1>План</h1><p>Текст документа:</p>"
            + "".join(f"<p>{n}. {text}</p>" for n, text in enumerate(steps, 1))
            .replace("</p><p>3.", "</p><p>Стороны подтверждают это письменно.</p><p>3.")
            + f"<p>{closing}</p>")
    imported = import_bytes(_page(body, "ru"), "page.html", ".html", REQUEST)
    assert [text for _, text in _tree(imported)][3] == steps[3]
    assert closing in (imported.plan.notes or "")


@pytest.mark.parametrize("preamble", [
    "<p>Армия заняла 5 пунктов пропуска.</p>", "<p>Росія відкрила 8 пунктів пропуску.</p>",
    "<p>Shelling hit 20 points along the front line.</p>",
    "<p>The index fell 20 points on Friday.</p>", "<p>Рейтинг вырос на 5 пунктов.</p>"])
def test_points_that_are_places_or_a_score_s_are_no_announced_count(preamble: str) -> None:
    """Checkpoints ("пунктов пропуска"), places along the front, and a score's change by so
    many points in the prose above the list warned that so many points were announced."""
    assert _preamble_count(preamble) == []
    assert _preamble_count("<p>Документ состоит из 28 пунктов.</p>") != []


def _teaser(body: str, shown: int) -> bytes:
    data = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                       "headline": "The outline", "articleBody": body,
                       "isAccessibleForFree": False})
    visible = "".join(f"<p>{n}. {text}</p>" for n, text in enumerate(STEPS[:shown], 1))
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Site</title>"
            f"<script type=\"application/ld+json\">{data}</script></head><body><main><article>"
            f"<h1>The outline</h1><p>The draft reads:</p>{visible}<div class=\"paywall\"><p>"
            "Subscribe to continue reading.</p></div></article></main></body></html>").encode()


def test_a_paywall_s_teaser_with_the_whole_article_in_its_structured_data() -> None:
    """A paywalled page shows the first point and cuts; the JSON-LD articleBody it gives
    search engines holds the whole article: the points are read from there (only the
    teaser's point 1 was read, with a warning that the paywall cut the rest)."""
    body = "The draft reads:\n" + "\n".join(
        f"{n}. {text}" for n, text in enumerate(STEPS, 1))
    imported = import_bytes(_teaser(body, 1), "page.html", ".html", REQUEST)
    assert [text for _, text in _tree(imported)] == list(STEPS)
    report = "\n".join(imported.report.lines())
    assert "the page's visible text stops after 1 point(s)" in report
    assert "paywall cuts" not in report


def test_structured_data_with_no_more_points_than_the_page_leaves_the_page_s() -> None:
    body = "The draft reads:\n1. Both sides stop firing.\n2. Other words entirely here."
    imported = import_bytes(_teaser(body, 3), "page.html", ".html", REQUEST)
    assert [text for _, text in _tree(imported)] == list(STEPS)
    assert "structured data" not in "\n".join(imported.report.lines())


@pytest.mark.parametrize("between", [
    '<figure class="wp-block-image"><img src="talks.jpg" alt=""><figcaption>The talks in '
    "Geneva.</figcaption></figure>",
    '<div class="ad-slot"><span>Advertisement</span></div>',
    '<blockquote class="twitter-tweet"><p>A big day.</p>&mdash; Someone (@someone)'
    "</blockquote>"])
def test_a_list_split_by_an_image_or_an_ad_goes_on_from_its_numbers(between: str) -> None:
    """A CMS's list block either side of an image, an ad or an embedded post, the second
    with no start=: a browser numbers it from 1 again, and so was it read (1, 2, 1, 2,
    numbering going back). It goes on from the list before it, and the report says so."""
    four = (*STEPS, "Elections follow within a hundred days.")
    def items(texts: tuple[str, ...]) -> str:
        return "<ol class=\"wp-block-list\">" + "".join(f"<li>{t}</li>" for t in texts) + \
            "</ol>"
    page = _page("<h1>The outline</h1><p>The draft reads:</p>" + items(four[:2]) + between
                 + items(four[2:]) + "<p>Officials said talks go on.</p>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), text) for n, text in enumerate(four, 1)]
    report = "\n".join(imported.report.lines())
    assert "1 numbered list(s) with no start= right after an image, an ad or an embed" \
        in report
    assert "goes back" not in report


def test_a_list_after_a_paragraph_or_right_after_another_starts_from_1_again() -> None:
    """A paragraph between (the page's own text) or nothing between: the second list is
    another (a part, a copy), numbered from 1 as the page numbers it."""
    other = ("Sanctions are lifted in stages.", "Frozen funds go to rebuilding.")
    lists = ["<ol>" + "".join(f"<li>{t}</li>" for t in texts) + "</ol>"
             for texts in (STEPS[:2], other)]
    for between in ("<p>The second part deals with the economy.</p>", ""):
        imported = import_bytes(_page(lists[0] + between + lists[1]), "page.html", ".html",
                                REQUEST)
        assert [number.split("-")[-1] for number, _ in _tree(imported)] == ["1", "2", "1", "2"]


@pytest.mark.parametrize("button", [
    ' <a class="click-to-tweet" href="https://twitter.com/intent/tweet?text=x">Tweet this</a>',
    ' <a href="https://t.me/share/url?url=x">Поделиться</a>',
    ' <a class="anchor" href="#p{n}">#</a>'])
def test_a_share_button_or_a_paragraph_s_own_link_inside_a_point(button: str) -> None:
    """A sentence-sharing button or a paragraph's "#" link to itself at the end of each
    point's paragraph: its words were glued to the point ("… the whole front. Tweet
    this"). A sentence a plugin made a share link of stays the point's text."""
    body = "".join(f"<p id=\"p{n}\">{n}. {text}{button.format(n=n)}</p>"
                   for n, text in enumerate(STEPS, 1))
    imported = import_bytes(_page(body), "page.html", ".html", REQUEST)
    assert [text for _, text in _tree(imported)] == list(STEPS)
    linked = "".join(f"<p>{n}. <a href=\"https://twitter.com/intent/tweet?text=x\">{text}</a></p>"
                     for n, text in enumerate(STEPS, 1))
    imported = import_bytes(_page(linked), "page.html", ".html", REQUEST)
    assert [text for _, text in _tree(imported)] == list(STEPS)


@pytest.mark.parametrize("hidden", ["hidden-print", "hidden-sm", "hidden-mobile",
                                    "is-hidden-print"])
def test_a_text_hidden_only_in_print_or_on_some_screens_is_read(hidden: str) -> None:
    """The article body in a box hidden only when printed or on small screens (Bootstrap's
    ``hidden-print``, ``hidden-sm``): the class's word "hidden" left the whole text out,
    and the import failed with no points found. Beside the copy for the other screens, the
    list is read once."""
    body = f"<h1>The outline</h1><div class=\"{hidden}\">{_bold(STEPS)}</div>"
    imported = import_bytes(_page(body), "page.html", ".html", REQUEST)
    assert [text for _, text in _tree(imported)] == list(STEPS)
    both = _page(f"<div class=\"visible-sm\">{_bold(STEPS)}</div>"
                 f"<div class=\"{hidden}\">{_bold(STEPS)}</div>")
    assert [text for _, text in _tree(import_bytes(both, "page.html", ".html", REQUEST))] \
        == list(STEPS)
    gone = _page(f"<div class=\"hidden\">{_bold(STEPS)}</div><p>1. Only this one.</p>")
    assert [text for _, text in _tree(import_bytes(gone, "page.html", ".html", REQUEST))] \
        == ["Only this one."]


@pytest.mark.parametrize("box", ["paywall", "subscription-content", "article-body has-ads",
                                 "ad-free", "promo-free"])
def test_a_box_holding_the_article_whose_class_names_a_state_of_the_text(box: str) -> None:
    """The article's text in a box whose class says furniture by a word that also names
    the text's state (a subscriber's saved page: ``paywall``, ``subscription-content``;
    ``has-ads``): the whole text was left out and the import failed with no points found.
    A box of such a class holding less than half the text is still the page's; the
    comments, however long, are never read."""
    body = (f"<h1>The outline</h1><p>The draft reads:</p><div class=\"{box}\">"
            f"{_bold(STEPS)}</div>")
    imported = import_bytes(_page(body), "page.html", ".html", REQUEST)
    assert [text for _, text in _tree(imported)] == list(STEPS)
    small = _page(f"{_bold(STEPS)}<div class=\"{box}\"><p>Subscribe for more.</p></div>")
    assert "Subscribe" not in "\n".join(
        text for _, text in _tree(import_bytes(small, "page.html", ".html", REQUEST)))
    talk = "".join(f"<p>{n}. Reader {n} writes a long comment about the plan here.</p>"
                   for n in range(1, 9))
    long = _page(f"{_bold(STEPS)}<div class=\"comments\">{talk}</div>")
    assert [text for _, text in _tree(import_bytes(long, "page.html", ".html", REQUEST))] \
        == list(STEPS)


def test_keycap_numbers_from_10_on_one_keycap_a_digit() -> None:
    """A channel's post numbering a plan's points with keycap emoji, 10 and on written one
    keycap a digit (1️⃣0️⃣, 1️⃣1️⃣) or as 🔟: they were read as point 1 again, the second
    keycap left in the text ("0️⃣ Положення …")."""
    def keys(n: int) -> str:
        return "".join(f"{digit}\ufe0f\u20e3" for digit in str(n))
    texts = [f"Положення номер {n} погоджено сторонами." for n in range(1, 13)]
    body = "<h1>План</h1><p>Головне:</p>" + "".join(
        f"<p>{'🔟' if n == 10 else keys(n)} {text}</p>" for n, text in enumerate(texts, 1))
    imported = import_bytes(_page(body, "uk"), "page.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), text) for n, text in enumerate(texts, 1)]


@pytest.mark.parametrize("marking", ["Реклама. ООО «Ромашка», ИНН 7700000000, erid: 2SDnjeAbCd",
                                     "Реклама 18+", "Реклама. 16+", "Реклама · Скрыть",
                                     "erid: 2SDnjeAbCd", "18+"])
def test_a_russian_ad_s_marking_between_the_points(marking: str) -> None:
    """The marking Russian law asks of an ad (advertiser, tax number, "erid" token), its
    age mark and its "hide" button, in a box whose class names no ad: it ended point 2 as
    its second paragraph."""
    body = (f"<h1>План</h1><p>1. {RU_STEPS[0]}</p><p>2. {RU_STEPS[1]}</p>"
            f"<div class=\"x7f3\"><p>{marking}</p></div><p>3. {RU_STEPS[2]}</p>")
    imported = import_bytes(_page(body, "ru"), "page.html", ".html", REQUEST)
    assert [text for _, text in _tree(imported)] == list(RU_STEPS)


@pytest.mark.parametrize(("label", "lang"), [
    ("SKIP ADVERTISEMENT", "en"), ("Supported by", "en"), ("Sponsored content", "en"),
    ("[PR]", "ja"), ("Share this article", "en"), ("Поделиться", "ru"), ("Поділитися", "uk"),
    ("シェア", "ja"), ("Listen to this article", "en"), ("Loading...", "en"),
    ("Загрузка...", "ru"), ("Getty Images", "en"), ("写真はイメージ", "ja"),
    ("Copy link", "en"), ("4 min read", "en"), ("Новости партнеров", "ru")])
def test_a_page_s_button_or_label_alone_between_the_points(label: str, lang: str) -> None:
    """A page's button or label alone in a paragraph between two points (its element's
    class naming nothing: a site's generated class names): it ended point 2 as its second
    paragraph."""
    body = f"<p>1. {STEPS[0]}</p><p>2. {STEPS[1]}</p><p>{label}</p><p>3. {STEPS[2]}</p>"
    imported = import_bytes(_page(body, lang), "page.html", ".html", REQUEST)
    assert [text for _, text in _tree(imported)] == list(STEPS)


@pytest.mark.parametrize("closing", ["Ранее сообщалось о переговорах.",
                                     "Об этом сообщает Reuters.",
                                     "Раніше повідомлялося про переговори."])
def test_a_wire_s_recap_or_source_line_after_the_last_point(closing: str) -> None:
    """A wire copy's closing line after a list of "1)" points ("Ранее сообщалось …", "Об
    этом сообщает …"): it stayed the last point's second paragraph, with a warning."""
    steps = ("прекращение огня по всей линии фронта;", "обмен пленными;",
             "выборы в течение ста дней.")
    body = ("<h1>План</h1><p>Документ предусматривает:</p>"
            + "".join(f"<p>{n}) {text}</p>" for n, text in enumerate(steps, 1))
            + f"<p>{closing}</p>")
    imported = import_bytes(_page(body, "ru"), "page.html", ".html", REQUEST)
    assert [text for _, text in _tree(imported)] == list(steps)
    assert closing in (imported.plan.notes or "")


@pytest.mark.parametrize(("line", "lang"), [
    ("MORE: Talks stall in Geneva", "en"), ("READ: What the envoy said", "en"),
    ("По теме: Кремль ответил", "ru"), ("Читайте нас в Telegram", "ru"),
    ("Більше новин читайте в нашому Telegram", "uk"), ("Дополнено в 12:30", "ru"),
    ("Оновлено о 12:30", "uk")])
def test_a_cross_link_a_channel_s_call_or_an_update_stamp_between_the_points(
        line: str, lang: str) -> None:
    """A cross-link after "MORE:", "READ:" or "По теме:", a call to follow the site's
    channel, an update's time stamp, alone between two points: it ended point 2 as its
    second paragraph."""
    body = f"<p>1. {STEPS[0]}</p><p>2. {STEPS[1]}</p><p>{line}</p><p>3. {STEPS[2]}</p>"
    imported = import_bytes(_page(body, lang), "page.html", ".html", REQUEST)
    assert [text for _, text in _tree(imported)] == list(STEPS)


def test_many_links_in_one_long_box_are_read_in_linear_time() -> None:
    """Thousands of links in the box that holds the article's long text: telling a link
    card from them read the box's whole text once per link (10 s for this page)."""
    def links(n: int) -> None:
        box = " ".join(f"<a href=\"/x{k}\">link {k}</a>" for k in range(1, 5 * n // 3 + 1))
        body = "<div>" + "".join(
            f"<p>{k}. Provision {k} is agreed by both sides, as <a href=\"/y{k}\">reported</a>."
            "</p>" for k in range(1, n + 1)) + f"<div>{box}</div></div>"
        imported = import_bytes(_page(body), "page.html", ".html", REQUEST)
        assert len(imported.plan.points) == n

    assert_linear_cpu(links, 3000)


def test_many_nested_furniture_boxes_are_weighed_a_bounded_number_of_times(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """400 "promo" boxes nested round the article: weighing each one (is it the article?)
    read the long text 400 times (2.7 s). Past 64 boxes weighed, the rest are left out: the
    text the reader goes through stays a bounded multiple of the page's, which a count of
    the characters read shows on any machine, where a number of seconds did not."""
    from plandiff.plans.intake import html

    paragraphs = "".join(f"<p>{k}. Provision {k} is agreed by both sides in full.</p>"
                         for k in range(1, 3001))
    page = "<div class=\"promo\">" * 400 + paragraphs + "</div>" * 400
    read = [0]
    squeezed = html._squeezed

    def counted(element: Any) -> str:
        text = squeezed(element)
        read[0] += len(text)
        return text

    monkeypatch.setattr(html, "_squeezed", counted)
    with contextlib.suppress(InputError):  # past the 64 boxes weighed, they are left out
        import_bytes(_page(page), "page.html", ".html", REQUEST)
    whole = len(" ".join(f"{k}. Provision {k} is agreed by both sides in full."
                         for k in range(1, 3001)))
    assert whole < read[0] <= (html._KEPT_WEIGHED + 8) * whole


def test_a_draft_numbered_from_1_again_and_again_is_read_in_linear_time() -> None:
    """Hundreds of lists of two points, each numbered from 1 again: each was weighed
    against every list kept before it as its original (6 s for this draft)."""
    def read(n: int) -> None:
        text = "".join(f"1. Alpha item {k} reads here.\n2. Beta item {k} reads there.\n"
                       for k in range(n))
        imported = import_bytes(text.encode(), "copy.txt", ".txt", REQUEST)
        assert len(imported.plan.points) == 2 * n

    assert_linear_cpu(read, 800)


def test_a_preamble_of_many_score_changes_is_read_in_linear_time() -> None:
    """Thousands of "fell 20 points" in the text above the list: each count was checked
    for a change before it across the whole text before it."""
    def read(n: int) -> None:
        text = "The index fell 20 points and " * n + "then.\n1. One is agreed.\n2. Two is " \
            "agreed.\n"
        imported = import_bytes(text.encode(), "copy.txt", ".txt", REQUEST)
        assert not any("announces" in line for line in imported.report.lines())

    assert_linear_cpu(read, 3000)


@pytest.mark.parametrize("tag", ["ol", "ul"])
def test_an_ad_slot_or_a_cross_link_as_a_list_item_is_no_point(tag: str) -> None:
    """A CMS puts its ad slot and a "Read more" link inside the list of points as items of
    their own: they go to the notes of the point before them (with a report line), and the
    points keep their numbers (the ad had become point 3, "Read more" point 5)."""
    items = [*STEPS[:2], "Advertisement", STEPS[2], "Read more: Talks resume in Geneva",
             "Elections follow within a year."]
    body = (f"<h1>The plan in four points</h1><{tag}>"
            + "".join(f"<li>{text}</li>" for text in items) + f"</{tag}><p>After.</p>")
    imported = import_bytes(_page(body), "page.html", ".html", REQUEST)
    assert _tree(imported) == [("1", STEPS[0]), ("2", STEPS[1]), ("3", STEPS[2]),
                               ("4", "Elections follow within a year.")]
    points = imported.plan.points
    assert points[1].notes == "Advertisement"
    assert points[2].notes == "Read more: Talks resume in Geneva"
    assert not any("announces" in m for m in _messages(imported))


def test_a_copy_of_a_summary_of_the_full_list_goes_with_the_summary() -> None:
    """A key-points box, the same box again, then the full text: the second list restates
    the first, which is a summary of the third. Both short lists go to the notes and the full
    text stays (found by the fuzzer: the second list's original had already been moved, and
    the import failed with a ValueError)."""
    short = ["Ceasefire along the front line.", "Prisoners exchanged all for all.",
             "Elections within 100 days."]
    full = ["Ceasefire along the front line takes effect at once, watched by satellites and "
            "drones along the whole front, with a joint commission for violations.",
            "Prisoners exchanged all for all, and civilian detainees, hostages and children "
            "are returned home within a month of signing.",
            "Elections within 100 days of signing, under international observation, with "
            "every party free to stand."]

    def numbered(texts: list[str]) -> str:
        return "\n".join(f"{n}. {text}" for n, text in enumerate(texts, 1))

    text = (f"Key points:\n\n{numbered(short)}\n\nThe same points as another outlet printed "
            f"them:\n\n{numbered(short)}\n\nThe full text:\n\n{numbered(full)}\n")
    imported = import_bytes(text.encode(), "copy.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == full
    assert sum("restates" in m for m in _messages(imported)) == 2
    assert all(s in (imported.plan.notes or "") for s in short)
