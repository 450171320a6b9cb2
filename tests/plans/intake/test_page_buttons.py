"""A page's comment buttons, a mail or news app's own line, and a related-story link after
the last point: the page's or the program's words, never a point's text or notes, on the
saved page and in its pasted text alike. Texts are the project's own."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from tests.plans.intake.pages import messages as _messages
from tests.plans.intake.pages import page as _page
from tests.plans.intake.pages import tree as _tree

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")
_EN = ("Both sides stop firing along the whole front.",
       "Monitors from neutral states watch the line.",
       "Detainees are swapped in stages.")
_JA = ("双方は全戦線で戦闘を停止する。", "中立国の監視団が境界線を見守る。",
       "拘束者は段階的に交換される。")
_RU = ("Стороны прекращают огонь по всей линии фронта.",
       "Наблюдатели из нейтральных стран следят за линией.",
       "Задержанные освобождаются поэтапно.")
_BUTTONS = ("Leave a comment", "Comments (12)", "Join the conversation", "14 comments",
            "Show comments", "Комментарии (3)", "Оставить комментарий", "コメントを書く")


def _text(points: tuple[str, ...], after: str) -> ImportedDraft:
    pasted = "".join(f"{n}. {text}\n" for n, text in enumerate(points, 1)) + after
    return import_bytes(pasted.encode(), "copy.txt", ".txt", REQUEST)


def _words(imported: ImportedDraft) -> str:
    """Every text and note the import kept."""
    plan = imported.plan
    return "\n".join([plan.notes or "", *(f"{p.text}\n{p.notes or ''}" for top in plan.points
                                          for p in top.walk())])


@pytest.mark.parametrize("button", _BUTTONS)
def test_a_comment_button_is_left_out_of_a_page_and_its_text(button: str) -> None:
    """"Leave a comment", "Comments (12)", "Join the conversation" under the list: the page's
    buttons. The saved page put them in the version's notes, the pasted text into point
    3's text as its second paragraph."""
    body = ("<ol>" + "".join(f"<li>{text}</li>" for text in _EN) + "</ol>"
            f"<p><a href=\"#comments\">{button}</a></p>")
    for imported in (import_bytes(_page(body), "page.html", ".html", REQUEST),
                     _text(_EN, f"\n{button}\n")):
        assert _tree(imported) == [(str(n), text) for n, text in enumerate(_EN, 1)]
        assert button not in _words(imported)
        assert any("button" in message for message in _messages(imported))


def test_a_comment_count_link_glued_to_the_last_item_is_left_out() -> None:
    """A comment count's link inside the last <li> (the CMS's "Comments (12)" after the
    text): it was glued to the point's sentence ("… stages.Comments (12)")."""
    body = ("<ol>" + "".join(f"<li>{text}</li>" for text in _EN[:2])
            + f"<li>{_EN[2]}<a href=\"#comments\" class=\"count\">Comments (12)</a></li></ol>")
    imported = import_bytes(_page(body), "page.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), text) for n, text in enumerate(_EN, 1)]


@pytest.mark.parametrize("line", ["Shared from Apple News", "Sent from my iPhone",
                                  "Get Outlook for iOS", "Sent from my Galaxy",
                                  "Sent from Yahoo Mail for iPhone", "Отправлено с iPhone",
                                  "Надіслано з iPhone", "iPhoneから送信"])
def test_a_mail_or_news_app_s_own_line_is_left_out(line: str) -> None:
    """The line an app adds under what it shares or sends is the program's, not the
    sender's: it went into point 3's text or the version's notes."""
    imported = _text(_EN, f"\n{line}\n")
    assert _tree(imported) == [(str(n), text) for n, text in enumerate(_EN, 1)]
    assert line not in _words(imported)
    assert any("app" in message for message in _messages(imported))


def test_the_app_lines_after_a_signature_leave_the_signature_in_the_notes() -> None:
    imported = _text(_EN, "\nBest,\nAnna\n\nSent from my iPhone\n")
    assert _tree(imported) == [(str(n), text) for n, text in enumerate(_EN, 1)]
    notes = imported.plan.notes or ""
    assert "Anna" in notes
    assert "iPhone" not in _words(imported)


@pytest.mark.parametrize(("points", "after", "kept"), [
    (_JA, "関連記事：ウクライナ和平案、米国が修正\n", "関連記事：ウクライナ和平案、米国が修正"),
    (_JA, "あわせて読みたい：停戦交渉の行方\n", "あわせて読みたい：停戦交渉の行方"),
    (_JA, "関連ニュース：欧州が対案を提示\n", "関連ニュース：欧州が対案を提示"),
    (_RU, "Читайте также: Переговоры в Женеве продолжатся\n",
     "Читайте также: Переговоры в Женеве продолжатся"),
    (_RU, "Читайте також: Зеленський прокоментував план\n",
     "Читайте також: Зеленський прокоментував план"),
    (_EN, "Read more: Talks resume in Geneva\n", "Read more: Talks resume in Geneva"),
])
def test_a_related_story_link_after_the_last_point_goes_to_the_version_s_notes(
        points: tuple[str, ...], after: str, kept: str) -> None:
    """A related story's link right under the list ended in the last point's notes, as if
    the point linked to it; a link between two points stays that point's."""
    imported = _text(points, after)
    assert _tree(imported) == [(str(n), text) for n, text in enumerate(points, 1)]
    assert not imported.plan.points[-1].notes
    assert kept in (imported.plan.notes or "")
    assert not any("notes of point 3" in message for message in _messages(imported))
    between = "".join(f"{n}. {text}\n" for n, text in enumerate(points[:2], 1)) + after \
        + f"3. {points[2]}\n"
    imported = import_bytes(between.encode(), "copy.txt", ".txt", REQUEST)
    assert imported.plan.points[1].notes == kept


@pytest.mark.parametrize("lang", ["ja", "ru"])
def test_the_related_links_and_share_buttons_of_a_page_leave_the_last_point(lang: str) -> None:
    """A Japanese or Russian page's box under the list: a related story's link, the box's
    heading and a share button. The link went into point 3's notes (text path) and
    "この記事をシェア" ran into the heading above it (関連ニュースこの記事をシェア)."""
    ja = ["関連記事：ウクライナ和平案、米国が修正", "あわせて読みたい", "関連ニュース",
          "この記事をシェア"]
    ru = ["Читайте также: Переговоры в Женеве", "Читайте також: План", "Поделиться"]
    points, after = (_JA, ja) if lang == "ja" else (_RU, ru)
    body = ("<ol>" + "".join(f"<li>{text}</li>" for text in points) + "</ol>"
            + "".join(f"<p>{text}</p>" for text in after))
    for imported in (import_bytes(_page(body, lang), "page.html", ".html", REQUEST),
                     _text(points, "".join(f"{text}\n" for text in after))):
        assert _tree(imported) == [(str(n), text) for n, text in enumerate(points, 1)]
        assert not imported.plan.points[-1].notes
        words = _words(imported)
        assert after[-1] not in words
        assert after[0] in (imported.plan.notes or "")


def test_a_pasted_newsletter_post_s_box_and_counts_leave_the_last_point() -> None:
    """A newsletter post copied as text ends with the platform's box and counts: "… is a
    reader-supported publication …", the likes and restacks, "Discussion about this post",
    "Write a comment...". They ran into the last point's text."""
    imported = _text(_EN, "\nThe Ledger is a reader-supported publication. To receive new "
                     "posts and support my work, consider becoming a free or paid "
                     "subscriber.\n\nSubscribe\n\n42 Likes\n·\n3 Restacks\n"
                     "Discussion about this post\nWrite a comment...\n")
    assert _tree(imported) == [(str(n), text) for n, text in enumerate(_EN, 1)]
    words = _words(imported)
    for gone in ("Likes", "Restacks", "Write a comment"):
        assert gone not in words
    assert "reader-supported publication" in (imported.plan.notes or "")
