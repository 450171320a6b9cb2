"""Points that a draft names in headings: ``## Article 1 Purpose`` (a word, a number and a
title, no separator) and ``### 2. Monitoring`` followed by its text; and a Word document whose
name is its first "Heading 1" paragraph. Word files are written by pandoc (a real client), the
way a reviewer's heading-styled draft reaches plandiff."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.intake.lines import text_lines
from plandiff.plans.intake.parser import parse_lines
from tests.render.docx.pandoc_text import require

ARTICLES = """# Ceasefire accord

## Article 1 Purpose

The parties agree to a ceasefire along the line of contact.

## Article 2 Monitoring

A mission of observers watches the line.

## Article 3

The accord enters into force on signature.
"""


def _points(text: str) -> list[tuple[str, str | None, str]]:
    parse = parse_lines(text_lines(text).lines)
    for node in parse.points:
        node.split_title()
    return [(n.number, n.title, n.text) for n in parse.points]


def test_article_headings_without_a_separator_open_points_with_titles() -> None:
    assert _points(ARTICLES) == [
        ("1", "Purpose", "The parties agree to a ceasefire along the line of contact."),
        ("2", "Monitoring", "A mission of observers watches the line."),
        ("3", None, "The accord enters into force on signature."),
    ]


def test_numbered_heading_takes_its_words_as_title_when_text_follows() -> None:
    text = ("### 1. Sovereignty\n\nThe country's sovereignty is confirmed.\n\n"
            "### 2. The parties hold elections within one hundred days\n")
    assert _points(text) == [
        ("1", "Sovereignty", "The country's sovereignty is confirmed."),
        ("2", None, "The parties hold elections within one hundred days"),
    ]


def test_article_words_in_running_text_still_open_no_point() -> None:
    text = "1. The parties respect Article 5 of the treaty.\nArticle 5 of the treaty stays.\n"
    assert [n.number for n in parse_lines(text_lines(text).lines).points] == ["1"]


def test_word_heading_styles_give_the_title_and_every_article(
        tmp_path: Path, cli: Callable[..., Any]) -> None:
    source = tmp_path / "accord.md"
    source.write_text(ARTICLES, encoding="utf-8")
    draft = tmp_path / "accord.docx"
    subprocess.run([require("pandoc"), str(source), "-o", str(draft)], check=True)
    run = cli("import", str(draft), "--document", "accord", "--version", "2025-03-01-draft")
    assert run.code == 0, run.err
    plan = json.loads(run.out)
    assert plan["title"] == "Ceasefire accord"
    assert [(p["number"], p.get("title")) for p in plan["points"]] == [
        ("1", "Purpose"), ("2", "Monitoring"), ("3", None)]
    assert "notes" not in plan or "Article" not in plan["notes"]


def test_a_heading_after_the_list_ends_the_last_point() -> None:
    """Text under a heading that opens no point ("Sources", "Related stories") goes to the
    notes with its heading, not into the point before it."""
    from plandiff.plans.intake.build import _notes

    text = ("1. The parties agree to a ceasefire.\n2. Observers watch the line.\n\n"
            "## Sources\n\nThe text as published on 3 March.\n\nA second source.\n")
    parse = parse_lines(text_lines(text).lines)
    assert [n.text for n in parse.points] == ["The parties agree to a ceasefire.",
                                              "Observers watch the line."]
    assert _notes(parse) == ("Heading after the last point: Sources\n\n"
                             "The text as published on 3 March.\n\nA second source.")


def test_a_heading_that_is_a_number_alone_opens_the_point() -> None:
    text = "### 1\n\nThe parties agree to a ceasefire.\n\n### 2\n\nObservers watch the line.\n"
    assert _points(text) == [("1", None, "The parties agree to a ceasefire."),
                             ("2", None, "Observers watch the line.")]


def test_a_clause_numbered_9a_is_a_sub_point_of_9_only_right_under_it() -> None:
    text = ("9. Several funds raise $800bn.\n9A. A US-European fund aims at $200bn.\n"
            "10. Free trade follows.\n5G networks are rebuilt.\n")
    parse = parse_lines(text_lines(text).lines)
    assert [(n.number, n.text) for n in parse.points] == [
        ("9", "Several funds raise $800bn."),
        ("10", "Free trade follows. 5G networks are rebuilt.")]
    assert [(c.number, c.text) for c in parse.points[0].children] == [
        ("9A", "A US-European fund aims at $200bn.")]


def test_a_wire_credit_alone_on_a_line_goes_to_the_notes() -> None:
    text = ("1. 主権を再確認する。\n2. 軍の規模は80万人とする。\n（共同）\n"
            "3. Elections follow.\n(Reuters)\n")
    parse = parse_lines(text_lines(text).lines)
    assert [(n.text, n.notes) for n in parse.points] == [
        ("主権を再確認する。", []), ("軍の規模は80万人とする。", ["（共同）"]),
        ("Elections follow.", ["(Reuters)"])]
    # Not every bracketed line is a credit: a point's own words stay.
    kept = parse_lines(text_lines("1. Territory.\n(Not agreed)\n").lines)
    assert kept.points[0].text == "Territory. (Not agreed)"


def test_cyrillic_letters_open_sub_points_with_latin_ids(tmp_path: Path,
                                                          cli: Callable[..., Any]) -> None:
    draft = tmp_path / "uk.txt"
    draft.write_text("1. Суверенітет України підтверджено.\n2. Гарантії безпеки:\n"
                     "а) США надають гарантію;\n(б) гарантія втрачає силу в разі нападу;\n"
                     "в) санкції відновлюються.\n3. Вибори відбудуться.\n", encoding="utf-8")
    run = cli("import", str(draft), "--document", "d", "--version", "2025-12-24-uk",
              "--language", "uk")
    assert run.code == 0, run.err
    second = json.loads(run.out)["points"][1]
    assert [(p["id"], p["number"]) for p in second["points"]] == [
        ("p2-a", "2(а)"), ("p2-b", "2(б)"), ("p2-v", "2(в)")]
    assert second["text"] == "Гарантії безпеки:"


def test_word_russian_letter_numbering_gives_cyrillic_sub_points(
        tmp_path: Path, cli: Callable[..., Any]) -> None:
    from tests.plans.intake.layouts import Para, docx_bytes

    paragraphs = [Para("Гарантии безопасности:", num=1, level=0),
                  Para("США дают гарантию.", num=1, level=1),
                  Para("Гарантия теряет силу при нападении.", num=1, level=1),
                  Para("Выборы проводятся.", num=1, level=0)]
    draft = tmp_path / "ru.docx"
    draft.write_bytes(docx_bytes(paragraphs, {0: ("decimal", "%1."),
                                              1: ("russianLower", "%2)")}))
    run = cli("import", str(draft), "--document", "d", "--version", "2025-12-24-ru",
              "--language", "ru")
    assert run.code == 0, run.err
    points = json.loads(run.out)["points"]
    assert [p["number"] for p in points] == ["1", "2"]
    assert [p["number"] for p in points[0]["points"]] == ["1(а)", "1(б)"]


def test_a_news_page_cross_link_or_ad_label_goes_to_the_notes() -> None:
    text = ("1. The parties agree to a ceasefire.\nAdvertisement\n"
            "2. Observers watch the line.\nRelated: Talks resume in Geneva\n"
            "3. Прикордонники стежать за лінією.\nЧИТАЙТЕ ТАКОЖ: Переговори тривають\n")
    parse = parse_lines(text_lines(text).lines)
    assert [(n.text, n.notes) for n in parse.points] == [
        ("The parties agree to a ceasefire.", ["Advertisement"]),
        ("Observers watch the line.", ["Related: Talks resume in Geneva"]),
        ("Прикордонники стежать за лінією.", [])]
    # under the last point: the page's link under the list, not the point's
    assert parse.after_last == ["ЧИТАЙТЕ ТАКОЖ: Переговори тривають"]


def test_a_number_before_a_spaced_dash_or_a_slash_opens_a_point() -> None:
    """"1 – …" (French, Spanish, Ukrainian press) and "1/ …"; "2 – 3 weeks" and "24/ 7" are
    text."""
    text = ("1 – La souveraineté est confirmée.\n2 — Un pacte est signé.\n3/ Les élections "
            "suivent.\n2 – 3 weeks later, observers arrive.\n24/ 7 monitoring.\n")
    assert _points(text) == [
        ("1", None, "La souveraineté est confirmée."), ("2", None, "Un pacte est signé."),
        ("3", None, "Les élections suivent. 2 – 3 weeks later, observers arrive. 24/ 7 "
                    "monitoring.")]


def test_an_ad_slot_s_words_copied_from_a_browser_go_to_the_notes() -> None:
    """A browser's copy of a news page keeps the ad slot's words around the label
    (``Advertisement · Scroll to continue``, ``Report ad``, ``Story continues below
    advertisement``, ``Реклама``): they ended up in the point's text."""
    labels = ["Advertisement · Scroll to continue", "Report ad",
              "Story continues below advertisement", "Article continues below",
              "Continue reading below", "Report this ad", "Скрыть рекламу", "РЕКЛАМА"]
    text = "".join(f"{n}. Point {n} of the draft.\n{label}\n"
                   for n, label in enumerate(labels, 1))
    parse = parse_lines(text_lines(text).lines)
    assert [(n.text, n.notes) for n in parse.points] == [
        (f"Point {n} of the draft.", [label]) for n, label in enumerate(labels, 1)]


def test_a_photo_credit_alone_on_a_line_goes_to_the_notes() -> None:
    """A news page's photo credit, pasted with the text between two points (``Photo:
    Reuters``, ``Фото: Офіс президента``, ``写真：ロイター``), ended the point before it."""
    credits = ["Фото: Офіс президента", "Photo: REUTERS/A. Photographer", "写真：ロイター",
               "Фото — РИА Новости", "Photograph: AP", "(Photo: AFP)"]
    text = "".join(f"{n}. Point {n} of the draft.\n{credit}\n"
                   for n, credit in enumerate(credits, 1))
    parse = parse_lines(text_lines(text).lines)
    assert [(n.text, n.notes) for n in parse.points] == [
        (f"Point {n} of the draft.", [credit]) for n, credit in enumerate(credits, 1)]


def test_a_headline_that_opens_with_a_number_is_no_point() -> None:
    """A news page's headline often opens with the plan's count (``<h1>28 points of the
    plan</h1>``, ``# 20 пунктів``): read as ``#20`` (a number sign), it opened point 28 and
    the list's points 1, 2 … came after it. A number sign is glued to its number (``#1``);
    ``# 1. Text`` is still a heading that opens point 1."""
    for text in ("# 28 points of the plan\n\n1. Alpha is here.\n2. Beta is here.\n",
                 "# 20 пунктів мирного плану\n\n1. Alpha is here.\n2. Beta is here.\n"):
        imported = import_bytes(text.encode(), "t.md", ".md",
                                DraftRequest(document="o", version="2025-11-21-x"))
        assert [p.number for p in imported.plan.points] == ["1", "2"], text
        assert imported.plan.title == text[2:text.index("\n")], text
    page = ("<html><body><h1>28 points of the plan</h1><p>1. Alpha is here.</p>"
            "<p>2. Beta is here.</p></body></html>")
    imported = import_bytes(page.encode(), "p.html", ".html",
                            DraftRequest(document="o", version="2025-11-21-x"))
    assert [p.number for p in imported.plan.points] == ["1", "2"]
    signed = import_bytes(b"#1 Alpha is here.\n#2 Beta is here.\n# 3. Gamma\n",
                          "t.txt", ".txt", DraftRequest(document="o", version="2025-11-21-x"))
    assert [p.number for p in signed.plan.points] == ["1", "2", "3"]
