"""Press copies: leftovers of the press intake work (citation marks splitting a line, …)."""

from __future__ import annotations

from pathlib import Path

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.intake.lines import FOOTNOTES_HEADING, Line
from plandiff.plans.intake.notemarks import spaced_bracket_marks
from tests.plans.intake.producers import chromium_pdf

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")
_SUP = ('<sup class="reference" style="font-size:80%;line-height:1;'
        'vertical-align:super"><a href="#cite_note-{0}">[{0}]</a></sup>')


def test_a_raised_mark_splitting_its_line_in_a_printed_wiki_article(tmp_path: Path) -> None:
    """Chromium prints the wiki item "… confirmed.[2] More follows …"; PDFium breaks the
    line at the raised mark, and "[2]" stayed in point 1's text."""
    items = ["The border would be confirmed." + _SUP.format(2) + " More follows in a later round.",
             "A pact of non-aggression would be signed." + _SUP.format(3),
             "No side would move troops." + _SUP.format(4)]
    page = tmp_path / "wiki.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Plan</title>'
        "<style>body{font-family:sans-serif;font-size:14px;line-height:1.6}"
        "a{text-decoration:none}</style></head><body><h1>Peace outline</h1>"
        "<h2>Provisions</h2><p>The leaked text said:</p><ol>"
        + "".join(f"<li>{item}</li>" for item in items) + "</ol></body></html>",
        encoding="utf-8")
    pdf = chromium_pdf(page, tmp_path / "wiki.pdf", tmp_path)
    imported = import_bytes(pdf.read_bytes(), "wiki.pdf", ".pdf", REQUEST)
    assert [p.text for p in imported.plan.walk()] == [
        "The border would be confirmed. More follows in a later round.",
        "A pact of non-aggression would be signed.", "No side would move troops."]
    assert "3 footnote mark(s) taken out" in "\n".join(imported.report.lines())


def test_a_citation_mark_opening_the_line_after_a_finished_sentence_is_taken_out() -> None:
    """A raised mark that splits its line: PDFium gives "[2] Talks follow." as a new line
    under the sentence it was raised beside. The mark is taken out and counted."""
    lines = [Line("1. The border is confirmed.", "1"), Line("[2] Talks follow in spring.", "2"),
             Line("2. Monitors are sent.", "3")]
    kept, count = spaced_bracket_marks(lines)
    assert [line.text for line in kept] == ["1. The border is confirmed.",
                                            "Talks follow in spring.", "2. Monitors are sent."]
    assert count == 1


def test_bracket_numbered_points_and_notes_keep_their_numbers() -> None:
    """Points numbered "[1] …" count up, and a reference list's "[1] …" opens its note."""
    lines = [Line("[1] The border is confirmed.", "1"), Line("[2] Monitors are sent.", "2"),
             Line("[3] Talks go on.", "3"), Line(FOOTNOTES_HEADING, "4"),
             Line("[1] Reuters.", "5"), Line("[2] A wire report.", "6")]
    kept, count = spaced_bracket_marks(lines)
    assert [line.text for line in kept] == [line.text for line in lines]
    assert count == 0


def _text(text: str) -> tuple[list[tuple[str, str]], str]:
    imported = import_bytes(text.encode(), "copy.txt", ".txt", REQUEST)
    return ([(p.number, p.text) for p in imported.plan.walk()],
            "\n".join(imported.report.lines()))


def test_a_bare_number_right_before_the_point_of_that_number_opens_no_point() -> None:
    """A citation "[2]" whose brackets a PDF lost stands alone under point 1's finished
    sentence; it is the number expected next, but point 2's own "2." comes after it: the
    bare number was no point (it opened an empty or a wrong point 2, then a repeat)."""
    points, report = _text("1. The border is confirmed.\n2\nMore follows later.\n"
                           "2. A pact is signed.\n3. Talks go on.\n")
    assert points == [("1", "The border is confirmed. More follows later."),
                      ("2", "A pact is signed."), ("3", "Talks go on.")]
    assert "appears twice" not in report
    assert "1 number(s) alone on a line" in report
    points, _ = _text("1. The border is confirmed.\n2\n2. A pact is signed.\n")
    assert points == [("1", "The border is confirmed."), ("2", "A pact is signed.")]


def test_bare_numbers_numbering_the_points_still_open_them() -> None:
    points, report = _text("1. The border is confirmed.\n2\nA pact is signed.\n3\n"
                           "Talks go on.\n4. Monitors are sent.\n")
    assert points == [("1", "The border is confirmed."), ("2", "A pact is signed."),
                      ("3", "Talks go on."), ("4", "Monitors are sent.")]
    assert "alone on a line" not in report


HEADLINES = ("和平案２８項目の全文", "The 28-point plan in full", "Мирный план из 28 пунктов",
             "Мирний план з 28 пунктів")


@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize("where", ["h1", "title", "json-ld"])
def test_a_headline_s_count_against_a_partial_copy(headline: str, where: str) -> None:
    """A headline speaking of 28 points over a copy listing 3: a warning says so, whether
    the headline is the page's <h1>, its <title> or its JSON-LD headline (a page whose
    article text is read from its structured data, its <title> the site's name)."""
    items = "".join(f"<li>Item {n} is agreed here.</li>" for n in range(1, 4))
    title = headline if where == "title" else "News"
    h1 = f"<h1>{headline}</h1>" if where == "h1" else ""
    body = f"<article>{h1}<p>The copy as the paper gave it.</p><ol>{items}</ol></article>"
    if where == "json-ld":
        body = ('<p>Subscribe.</p><script type="application/ld+json">{"@type": "NewsArticle", '
                f'"headline": "{headline}", "articleBody": "Intro.\\n1. One is agreed.\\n'
                '2. Two is agreed.\\n3. Three is agreed."}</script>')
    page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>'
            f"<body>{body}</body></html>")
    imported = import_bytes(page.encode(), "page.html", ".html", REQUEST)
    assert len(imported.plan.points) == 3
    assert "warning: the text announces 28 points but 3 were found" in \
        "\n".join(imported.report.lines())


def test_japanese_party_lines_under_a_point_keep_a_separator() -> None:
    """"米国：…" / "ロシア：…" lines under a point, with no full stop at their end, ran into
    one another ("同意するロシア："); a "／" stands between them, as English keeps a space
    after a line's end. A line ending in "。" needs none."""
    points, _ = _text("１．国境を確定する\n米国：線に同意する\nロシア：さらに土地を求める\n"
                      "２．対話を続ける。\n")
    assert points[0] == ("1", "国境を確定する／米国：線に同意する／ロシア：さらに土地を求める")
    points, _ = _text("1. 国境を確定する。\n米国：線に同意する。\nロシア：土地を求める。\n")
    assert points[0] == ("1", "国境を確定する。米国：線に同意する。ロシア：土地を求める。")


def test_a_japanese_line_wrapped_before_a_colon_word_stays_joined() -> None:
    """A wrapped sentence whose next line opens with words and a colon in hiragana is no
    party line: joined as before."""
    points, _ = _text("1. 合意の要点は次のとおり\nである：停戦を守る。\n")
    assert points[0] == ("1", "合意の要点は次のとおりである：停戦を守る。")
