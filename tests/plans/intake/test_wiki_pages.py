"""A plan's points as a wiki article lists them, saved as a page or copied as text: the
section headings' edit links ("[edit]", "[править | править код]", "[編集]"), maintenance
tags in the text ("[citation needed]", "[要出典]", "[источник не указан 12 дней]"), runs of
citation marks ("[4][5]") and the references list at the end are the wiki's, not the plan's.
Before: the references became part 2's points ("numbering goes back"), "[citation needed]"
stayed in point 2, "[4][5]" in point 3, and in the copied text the next section ("Reactions
[edit]" and its paragraph) ran into point 3. Texts are the project's own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="peace-framework", version="2025-11-20-us-28-point",
                       partial=True)

POINTS = {
    "en": ("Ukraine's sovereignty would be confirmed.",
           "A full non-aggression agreement would be concluded between Russia, Ukraine and "
           "Europe.",
           "Russia would not invade its neighbours and NATO would not expand further."),
    "ja": ("ウクライナの主権を確認する。",
           "ロシア、ウクライナ、欧州の間で包括的な不可侵合意を結ぶ。",
           "ロシアは隣国を侵略せず、NATOはこれ以上拡大しない。"),
    "ru": ("Суверенитет Украины подтверждается.",
           "Россия, Украина и Европа заключают полное соглашение о ненападении.",
           "Россия не нападает на соседей, а НАТО больше не расширяется."),
}
WIKI = {
    # edit link, heading words (points, reactions, references), maintenance tag, lead-in
    "en": ("edit", ("Provisions", "Reactions", "References"), "citation needed",
           "According to the leaked text, the plan provided that:"),
    "ja": ("編集", ("内容", "反応", "脚注"), "要出典",
           "報道された文書によれば、計画は次のとおり。"),
    "ru": ("править | править код", ("Содержание плана", "Реакция", "Примечания"),
           "источник не указан 12 дней",
           "Согласно опубликованному тексту, план предусматривал:"),
}


def _page(language: str) -> bytes:
    edit, (provisions, reactions, references), tag, lead = WIKI[language]
    first, second, third = POINTS[language]

    def heading(text: str, number: int) -> str:
        links = "".join(f'<a href="/w/index.php?action=edit&amp;section={number}">{word}</a>'
                        for word in edit.split(" | "))
        return (f'<div class="mw-heading mw-heading2"><h2 id="s{number}">{text}</h2>'
                '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>'
                f'{links}<span class="mw-editsection-bracket">]</span></span></div>')

    def cite(number: int) -> str:
        return (f'<sup id="cite_ref-{number}" class="reference">'
                f'<a href="#cite_note-{number}">[{number}]</a></sup>')

    return f"""<!DOCTYPE html><html lang="{language}"><head><title>Plan</title></head><body>
<div id="mw-content-text"><div class="mw-parser-output">
<p>The plan was drawn up in November 2025.{cite(1)}</p>
{heading(provisions, 1)}
<p>{lead}{cite(2)}</p>
<ol>
<li>{first}{cite(3)}</li>
<li>{second}<sup class="noprint Inline-Template Template-Fact" style="white-space:nowrap;">[<i><a
 href="/wiki/Help:Citing" title="Help">{tag}</a></i>]</sup></li>
<li>{third}{cite(4)}{cite(5)}</li>
</ol>
{heading(reactions, 2)}
<p>European leaders criticised the draft.{cite(6)}</p>
{heading(references, 3)}
<div class="reflist"><div class="mw-references-wrap"><ol class="references">
<li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span>
<span class="reference-text">"Plan text". Axios. 20 November 2025.</span></li>
<li id="cite_note-2"><span class="mw-cite-backlink"><b><a href="#cite_ref-2">^</a></b></span>
<span class="reference-text">"Draft". Reuters.</span></li>
</ol></div></div>
</div></div></body></html>""".encode()


def _copied(language: str) -> bytes:
    """The same article selected in a browser and pasted into a text file."""
    edit, (provisions, reactions, references), tag, lead = WIKI[language]
    first, second, third = POINTS[language]
    return f"""Plan

The plan was drawn up in November 2025.[1]

{provisions}[{edit}]
{lead}[2]

1. {first}[3]
2. {second}[{tag}]
3. {third}[4][5]

{reactions}[{edit}]
European leaders criticised the draft.[6]

{references}[{edit}]
1. ^ "Plan text". Axios. 20 November 2025.
2. ^ "Draft". Reuters.
""".encode()


def _check(imported: Any, language: str) -> None:
    points = [(p.number, p.text) for p in imported.plan.walk()]
    assert points == [(str(n), text) for n, text in enumerate(POINTS[language], 1)], points
    notes = imported.plan.notes or ""
    assert "Axios" in notes and "Reuters" in notes, notes
    assert "European leaders criticised the draft." in notes, notes
    assert not imported.report.warnings, imported.report.lines()


@pytest.mark.parametrize("language", sorted(POINTS))
def test_saved_wiki_page(language: str) -> None:
    imported = import_bytes(_page(language), "plan.html", ".html", REQUEST)
    _check(imported, language)
    assert "edit" not in (imported.plan.notes or "").replace("edited", "")


@pytest.mark.parametrize("language", sorted(POINTS))
def test_wiki_article_copied_as_text(language: str) -> None:
    imported = import_bytes(_copied(language), "plan.txt", ".txt", REQUEST)
    _check(imported, language)
    lines = "\n".join(imported.report.lines())
    assert "maintenance tag" in lines, lines


def test_brackets_that_are_not_the_wikis_stay() -> None:
    """A heading's own bracketed words and a clause's "[sic]" or "[the Parties]" are text."""
    text = ("Plan\n\n1. The parties [Russia and Ukraine] agree to a ceasefire.\n"
            "2. The monitoring mission reports [sic] monthly.\n")
    imported = import_bytes(text.encode(), "plan.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.walk()] == [
        "The parties [Russia and Ukraine] agree to a ceasefire.",
        "The monitoring mission reports [sic] monthly."]


def test_file_name_suffix_does_not_matter(tmp_path: Path) -> None:
    """Markdown is read the same way (a copy saved as .md)."""
    imported = import_bytes(_copied("en"), "plan.md", ".md", REQUEST)
    _check(imported, "en")


def test_wiki_page_printed_to_pdf(tmp_path: Path) -> None:
    """Printed by Chromium (the wiki's print style hides the edit links and tags), the
    citation marks stand apart from the words in the PDF's text ("confirmed. [3]",
    "further. [4][5]"): they stayed in the points."""
    from tests.plans.intake.producers import chromium_pdf

    page = tmp_path / "plan.html"
    page.write_bytes(_page("en").replace(
        b"<title>Plan</title>",
        b"<title>Plan</title><style>@media print{.mw-editsection,.noprint{display:none}}"
        b"</style>"))
    pdf = chromium_pdf(page, tmp_path / "plan.pdf", tmp_path)
    imported = import_bytes(pdf.read_bytes(), "plan.pdf", ".pdf", REQUEST)
    points = [(p.number, p.text) for p in imported.plan.walk()]
    assert points == [(str(n), text) for n, text in enumerate(POINTS["en"], 1)], points
    assert "Reuters" in (imported.plan.notes or "")
    assert "footnote mark(s) taken out" in "\n".join(imported.report.lines())


OTHER_LISTS = {
    "en": ("Implementation", "On 12 May the shelling resumed near the river.",
           "On 20 May the joint commission met for the first time."),
    "ja": ("履行状況", "5月12日、川沿いで砲撃が再開された。",
           "5月20日、合同委員会が初めて開かれた。"),
    "ru": ("Выполнение", "12 мая обстрелы возобновились у реки.",
           "20 мая впервые собралась совместная комиссия."),
}


@pytest.mark.parametrize("language", sorted(POINTS))
def test_a_numbered_list_in_another_section_of_a_wiki_article_is_no_part(
        language: str) -> None:
    """A wiki article numbers lists in other sections too (what happened after, in order):
    it was read as the plan's second part ("1-3, 1-2 in 2 parts"). On a wiki page whose
    one section the page names as the plan, lists in its other sections are the article's
    text (the notes)."""
    heading, first, second = OTHER_LISTS[language]
    section = (f'<div class="mw-heading mw-heading2"><h2 id="s9">{heading}</h2></div>'
               f"<ol><li>{first}</li><li>{second}</li></ol>")
    page = _page(language).decode().replace(
        '<div class="mw-heading mw-heading2"><h2 id="s3">', section
        + '<div class="mw-heading mw-heading2"><h2 id="s3">')
    imported = import_bytes(page.encode(), "plan.html", ".html", REQUEST)
    _check(imported, language)
    assert first in (imported.plan.notes or "")
