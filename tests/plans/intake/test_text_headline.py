"""A pasted press text's headline, the one short line above its points, is the version's
title when nothing else names it; it stays in the notes as written. Texts are the project's
own."""

from __future__ import annotations

import dataclasses

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.intake.draft import ImportedDraft

REQUEST = DraftRequest(document="peace-framework", version="2026-12-03-press")
POINTS = "\n1. Ukraine keeps an army of 800,000 in peacetime.\n2. Elections follow signing.\n"


def _imported(text: str, request: DraftRequest = REQUEST, name: str = "copy.txt") -> ImportedDraft:
    return import_bytes(text.encode("utf-8"), name, "." + name.rsplit(".", 1)[1], request)


@pytest.mark.parametrize("first", [
    "What we know about the new version of the peace plan",
    "Ukraine peace framework: what the revised text says",
    "和平案の修正版　主なポイント",
    "Що відомо про новий варіант мирного плану: головне",
    "Что предусматривает мирный план: главное",
])
def test_the_first_short_line_is_the_title(first: str) -> None:
    imported = _imported(f"{first}\n{POINTS}")
    plan = imported.plan
    assert plan.title == " ".join(first.split())
    assert " ".join(first.split()) in " ".join((plan.notes or "").split())  # kept as written
    assert any("title" in line and first.split()[0] in line
               for line in imported.report.lines())


@pytest.mark.parametrize("first", [
    "KYIV, Dec 3 (Reuters) -",                       # a dateline
    "The framework, seen by reporters, has 19 points.",  # a sentence
    "The revised text says the following:",           # a lead-in
    "By Jane Writer",                                 # a byline
    "2026-12-03 10:42",                               # a time stamp
    "Update",                                         # one word
    "See https://example.org/plan for the full text",  # a link
])
def test_a_line_that_is_no_headline_leaves_the_default_title(first: str) -> None:
    plan = _imported(f"{first}\n{POINTS}").plan
    assert plan.title == "peace-framework 2026-12-03-press"


def test_a_two_line_opening_paragraph_is_no_headline() -> None:
    plan = _imported("Peace plan: the points\nas our correspondent read them\n"
                     + POINTS).plan
    assert plan.title == "peace-framework 2026-12-03-press"


def test_a_given_title_and_a_markdown_heading_win() -> None:
    text = f"What we know about the plan\n{POINTS}"
    given = dataclasses.replace(REQUEST, title="Press copy of 3 December")
    assert _imported(text, given).plan.title == "Press copy of 3 December"
    markdown = _imported(f"# The plan in brief\n\nWhat we know\n{POINTS}", name="copy.md")
    assert markdown.plan.title == "The plan in brief"


@pytest.mark.parametrize("first", [
    "和平案の修正版判明　２８項目から２０項目に",
    "New draft cut from 28 points to 20 points",
    "Peace plan: 28 points → 20 points",
    # plandiff's own report title, as its Word redline and PDF read back
    "US draft peace plan (28 points) → 20-point framework to end the war",
    "Мирний план (28 пунктів) → 20-пунктна рамка",
])
def test_a_headline_counting_from_one_number_to_another_announces_the_second(
        first: str) -> None:
    """A headline saying the plan went from 28 points to 20 announces 20, the count of the
    text it heads: it was read as 28 ("the text announces 28 points but 20 were found:
    21-28 not in the text")."""
    text = first + "\n\n" + "".join(f"{n}. Clause {n} is agreed.\n" for n in range(1, 21))
    imported = import_bytes(text.encode(), "press.txt", ".txt", REQUEST)
    assert len(imported.plan.points) == 20
    assert not [f.message for f in imported.report.findings if f.kind == "count"]


def test_a_count_going_to_something_else_stays_the_count() -> None:
    text = "Envoys take 20 points to 3 capitals\n\n" + "".join(
        f"{n}. Clause {n} is agreed.\n" for n in range(1, 4))
    imported = import_bytes(text.encode(), "press.txt", ".txt", REQUEST)
    assert [f.message for f in imported.report.findings if f.kind == "count"] == [
        "the text announces 20 points but 3 were found: 4-20 not in the text"]


def test_a_headline_counting_from_one_number_to_another_fits_a_text_of_either_count() -> None:
    """A plandiff redline read with its tracked changes rejected holds the earlier 28
    points under the title "… (28 points) → 20-point …": no count warning either way; a
    text of neither count is warned about against the later."""
    first = "US draft peace plan (28 points) → 20-point framework to end the war"
    for count, warned in ((28, []), (20, []), (12, [
            "the text announces 20 points but 12 were found: 13-20 not in the text"])):
        text = first + "\n\n" + "".join(f"{n}. Clause {n} is agreed.\n"
                                        for n in range(1, count + 1))
        imported = import_bytes(text.encode(), "press.txt", ".txt", REQUEST)
        assert [f.message for f in imported.report.findings if f.kind == "count"] == warned
        assert imported.report.announced == 20
_JA_POINTS = ("１．ウクライナの主権を改めて確認する。\n"
              "２．双方は接触線に沿って直ちに停戦する。\n"
              "３．停戦の監視には第三国の要員が加わる。\n")


@pytest.mark.parametrize(("head", "lead"), [
    ("和平枠組み案、全3項目の概要が判明　停戦監視に第三国関与",
     "米国とウクライナの代表団がまとめた和平枠組み案の概要が3日、関係者への取材で分かった。"
     "主な内容は次の通り。"),
    ("ウクライナ和平案の骨子", "米国が示した和平案の骨子が明らかになった。"),
])
def test_a_japanese_browser_copy_s_headline_glued_to_its_lead(head: str, lead: str) -> None:
    """A Japanese page copied from a browser keeps no blank line between the headline and
    the lead paragraph (one paragraph a line): the short first line is the title, and in
    the notes a paragraph of its own; the two were one paragraph, run together with no
    space ("…第三国関与米国と…") and no title."""
    imported = _imported(f"{head}\n{lead}\n{_JA_POINTS}")
    plan = imported.plan
    title = " ".join(head.split())
    assert plan.title == title
    assert (plan.notes or "").split("\n\n") == [title, lead]
    assert plan.points[0].text == "ウクライナの主権を改めて確認する。"


def test_a_japanese_paragraph_wrapped_in_lines_is_no_headline() -> None:
    """A Japanese paragraph hard-wrapped (a PDF's or an e-mail's lines): its first line,
    as long as the next, is no headline."""
    text = ("米国とウクライナの代表団がまとめた和平枠組み案の概要が3日、関係\n"
            "者への取材で分かった。\n" + _JA_POINTS)
    plan = _imported(text).plan
    assert plan.title == "peace-framework 2026-12-03-press"
    assert plan.notes == ("米国とウクライナの代表団がまとめた和平枠組み案の概要が3日、関係"
                          "者への取材で分かった。")


@pytest.mark.parametrize("stamp", ["2025/12/04 10:30", "2025年12月4日（木）",
                                   "12/4(木) 10:30配信", "2025/12/04 10:30 (最終更新 12/04 11:02)",
                                   "読売新聞オンライン 2025/12/04 10:30"])
def test_a_japanese_headline_over_its_date_and_lead_with_no_blank_lines(stamp: str) -> None:
    """The headline, the page's date line (with the time, the day of the week, the outlet,
    an update's time), then the lead, each a line of its own: the headline is the title,
    and each line a paragraph of the notes (they ran together)."""
    text = (f"和平案の骨子判明　安全の保証を明記\n{stamp}\n"
            "政府関係者によると、和平案の骨子は以下の通り。\n" + _JA_POINTS)
    plan = _imported(text).plan
    assert plan.title == "和平案の骨子判明 安全の保証を明記"
    assert (plan.notes or "").split("\n\n") == [
        "和平案の骨子判明 安全の保証を明記", stamp,
        "政府関係者によると、和平案の骨子は以下の通り。"]


def test_a_wrapped_line_that_gives_a_date_is_no_date_line() -> None:
    """A Japanese paragraph hard-wrapped, its second line giving a date in its words: no
    headline, no date line."""
    text = ("米国とウクライナの代表団がまとめた和平枠組み案の\n"
            "概要は2025年12月4日に関係者への取材で判明した\nという。\n" + _JA_POINTS)
    plan = _imported(text).plan
    assert plan.title == "peace-framework 2026-12-03-press"


def test_a_list_numbered_with_an_ideographic_space_right_under_a_headline() -> None:
    """``1　…`` (a number, an ideographic space) right under the headline, no blank line and
    no lead: the points; "no numbered points found" before (the headline ends no sentence,
    so its next line was read as going on from it)."""
    text = ("和平案、全文が判明\n1　ウクライナの主権を確認する。\n"
            "2　欧州が安全を保証する。\n3　捕虜を全員交換する。\n")
    imported = _imported(text)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "ウクライナの主権を確認する。"), ("2", "欧州が安全を保証する。"),
        ("3", "捕虜を全員交換する。")]
    assert imported.plan.title == "和平案、全文が判明"


@pytest.mark.parametrize(("first", "title"), [
    ("Subject: Fwd: updated points", "updated points"),
    ("Subject: RE: FW: Framework wording, 4 December", "Framework wording, 4 December"),
    ("Тема: Пересл.: Оновлені пункти", "Оновлені пункти"),
    ("件名: Fwd: 和平案の修正版", "和平案の修正版"),
])
def test_a_pasted_mail_s_subject_line_titles_the_version_without_its_header(
        first: str, title: str) -> None:
    """A forwarded mail pasted with its ``Subject:`` line first: the subject is the title,
    not "Subject: Fwd: updated points"; the line stays in the notes as written."""
    imported = _imported(f"{first}\n{POINTS}")
    assert imported.plan.title == title
    assert first in (imported.plan.notes or "")


@pytest.mark.parametrize(("first", "title"), [
    ("⚡️ Зеленський оприлюднив 20 пунктів", "Зеленський оприлюднив 20 пунктів"),
    ("🔴❗ Срочно: текст мирного плана", "Срочно: текст мирного плана"),
    ("🇺🇦 Мирний план: головне 👇", "Мирний план: головне"),
])
def test_a_channel_s_emoji_around_its_headline_stay_out_of_the_title(first: str,
                                                                     title: str) -> None:
    """A Telegram channel's headline opens (or closes) with emoji: the title is its words;
    the notes keep the line as written."""
    imported = _imported(f"{first}\n{POINTS}")
    assert imported.plan.title == title
    assert first in (imported.plan.notes or "")


@pytest.mark.parametrize("byline", ["By JANE DOE | Dec. 4, 2025 at 2:05 p.m. EST",
                                    "By Jane Writer and Mark Roe",
                                    "Від Олени Коваль, 4 грудня 2025",
                                    "news.example.org · by Jane Writer · 6 min",
                                    "ledger.example | Jane Writer | 5 min read"])
def test_a_headline_over_its_byline_with_no_blank_line(byline: str) -> None:
    """A copy keeps the byline right under the headline (``THE 20-POINT PLAN`` / ``By JANE
    DOE | …``; a read-later app's copy, the site first: ``news.example.org · by …``): the
    two-line paragraph was no headline, so the version kept the default title."""
    plan = _imported(f"The revised peace plan, point by point\n{byline}\n\nADVERTISEMENT\n"
                     + POINTS).plan
    assert plan.title == "The revised peace plan, point by point"
    assert byline in (plan.notes or "")


@pytest.mark.parametrize("opening", [
    "World\nWhat the leaked outline says\nBy Ann Writer · 4 min read\n",
    "World\n\nWhat the leaked outline says\nBy Ann Writer · 4 min read\n",
    "Ukraine war\nWhat the leaked outline says\nBy Ann Writer\n",
    "Politics\nWhat the leaked outline says\n",
    "Світ\n\nWhat the leaked outline says\n",
    "Новини / Політика\nWhat the leaked outline says\n21 листопада 2025, 10:30\n",
    "World › Europe\n\nWhat the leaked outline says\n",
])
def test_a_section_label_over_the_headline_is_not_the_title_s(opening: str) -> None:
    """A news app's or page's copy keeps the section's label over the headline ("World",
    "Ukraine war"), often with no blank line: the label ran into the headline and, with a
    byline under them, the version had no title."""
    imported = _imported(f"{opening}\nThe draft sets out these points:\n{POINTS}")
    assert imported.plan.title == "What the leaked outline says"
    notes = imported.plan.notes or ""
    assert "\n\nWhat the leaked outline says\n\n" in notes


def test_two_title_words_over_a_line_without_a_byline_stay_one_paragraph() -> None:
    """Two words over a longer line with no byline under them are a headline in two lines,
    not a label over one: no title is taken from its second line."""
    imported = _imported(f"Joint Statement\nOn the security of energy supplies\n{POINTS}")
    assert imported.plan.title != "On the security of energy supplies"


@pytest.mark.parametrize("opening", [
    "THE LEDGER\nWhat the leaked outline says\nAnn Writer\nNov 21, 2025 at 9:30 AM\n",
    "What the leaked outline says\nAnn Writer and Ivan Petrenko\n",
    "What the leaked outline says\nhttps://news.example/articles/CBMiXGh0dHBz?hl=en-GB\n",
])
def test_a_news_app_s_copy_is_titled_by_its_headline(opening: str) -> None:
    """A news app's copy sets the publisher's name in capitals over the headline and the
    writer's name alone under it (no "By"), or its share gives the story's link under the
    headline: the lines ran together, and the version had no title."""
    imported = _imported(f"{opening}\nThe draft sets out these points:\n{POINTS}")
    assert imported.plan.title == "What the leaked outline says"


@pytest.mark.parametrize("opening", [
    "news.example.org\nThe revised peace plan, point by point\nJane Writer\n5–6 minutes\n",
    "news.example.org\nThe revised peace plan, point by point\n6 min read\n",
    "www.example.com.ua\nThe revised peace plan, point by point\nОлена Коваль\n4–5 хвилин\n",
])
def test_a_reader_view_copy_s_site_and_reading_time_round_the_headline(opening: str) -> None:
    """A browser's reader view copied as text: the site over the headline, the writer and
    the reading time under it (``news.example.org`` / headline / ``Jane Writer`` / ``5–6
    minutes``): no title was read."""
    plan = _imported(f"{opening}\nThe text as written follows.\n\n{POINTS}").plan
    assert plan.title == "The revised peace plan, point by point"
    assert "news.example.org" in (plan.notes or "") or "example.com.ua" in (plan.notes or "")


@pytest.mark.parametrize(("caption", "headline"), [
    ("Donald Trump (Photo: EPA)", "What the full plan says"),
    ("Photo: Getty Images", "What the full plan says"),
    ("Volodymyr Zelensky at a briefing. Photo by Jane Doe/Reuters", "What the full plan says"),
    ("Фото: Офіс президента", "Що передбачає мирний план"),
    ("Владимир Зеленский (фото: пресс-служба)", "Что предусматривает мирный план"),
    ("首脳会談に臨む両首脳（写真：ロイター）", "和平案の主なポイント"),
    ("写真＝共同", "和平案の主なポイント"),
    ("Владимир Зеленский / © Associated Press", "Что предусматривает мирный план"),
])
def test_a_photo_caption_over_the_headline_is_never_the_title(caption: str,
                                                               headline: str) -> None:
    """A page copied with its lead picture's caption first: "Donald Trump (Photo: EPA)"
    became the version's title. The caption stays in the notes; the headline under it (or,
    with none, the default title) names the version."""
    imported = _imported(f"{caption}\n\n{headline}\n{POINTS}")
    assert imported.plan.title == headline
    assert caption in (imported.plan.notes or "")
    alone = _imported(f"{caption}\n{POINTS}").plan
    assert alone.title == "peace-framework 2026-12-03-press"


@pytest.mark.parametrize("first", ["和平案の主なポイント", "停戦合意の全文と要点"])
def test_a_japanese_headline_without_a_space_is_not_a_section_label(first: str) -> None:
    """Written without spaces, a Japanese headline matched the one-word section label over a
    headline ("World"), was passed over, and the version went untitled."""
    assert _imported(f"{first}\n{POINTS}").plan.title == first
    # a short label over the headline is still passed over
    assert _imported(f"国際\n{first}\n\n{POINTS}").plan.title == first
