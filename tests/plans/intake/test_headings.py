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
