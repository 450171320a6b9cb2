"""Legal texts as they reach users pasted, saved as a page, or as a Word file or a PDF made from
that page: an act's recitals before its enacting formula ("HAS ADOPTED THIS REGULATION:",
"Have agreed as follows:", "договорились о нижеследующем:") are its preamble, not points; the
heading on the line under a bare ``Article 1`` is the article's title; the concluding formula
after the last article ("Done at …", "In witness whereof …") and the signatures are not the
last article's text. Each goes to the version's notes with its line in the report. Texts are
the project's own, in the layout of the Official Journal's pages and of bilateral treaties."""

from __future__ import annotations

import re
import subprocess
from html import escape
from pathlib import Path
from typing import Any

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.producers import chromium_pdf, libreoffice_convert, libreoffice_docx
from tests.render.docx.pandoc_text import require

REQUEST = DraftRequest(document="facility", version="2025-02-01-regulation")

REGULATION = """COUNCIL REGULATION (EU) 2025/7

on a facility for the recovery of Ukraine

THE COUNCIL OF THE EUROPEAN UNION,

Having regard to the Treaty on the Functioning of the European Union,

Whereas:

(1) The war has destroyed homes, schools and power plants across Ukraine.

(2) Support for the recovery should be predictable over several years.

(3) Funds should reach only the areas the Ukrainian government controls.

HAS ADOPTED THIS REGULATION:

Article 1

Subject matter

This Regulation sets up a facility to support the recovery of Ukraine.

Article 2

Financial envelope

1. The facility has EUR 50 billion for the years 2025 to 2027.

2. The money may be paid out as:

(a) grants of up to EUR 17 billion;

(b) loans of up to EUR 33 billion.

Article 3

Entry into force

This Regulation enters into force on the day after its publication.

Done at Brussels, 1 February 2025.

For the Council

The President
"""


def _points(imported: Any) -> list[tuple[str, str | None, str]]:
    return [(p.number, p.title, p.text) for p in imported.plan.walk()]


def _read(data: bytes, name: str) -> Any:
    return import_bytes(data, name, Path(name).suffix, REQUEST)


def _check_regulation(imported: Any) -> None:
    points = _points(imported)
    assert [number for number, _, _ in points] == ["1", "2", "2(1)", "2(2)", "2(2)(a)",
                                                   "2(2)(b)", "3"], points
    titles = {number: title for number, title, _ in points}
    assert titles["1"] == "Subject matter"
    assert titles["2"] == "Financial envelope"
    assert titles["3"] == "Entry into force"
    texts = {number: text for number, _, text in points}
    assert texts["1"] == "This Regulation sets up a facility to support the recovery of Ukraine."
    assert texts["3"] == "This Regulation enters into force on the day after its publication."
    notes = imported.plan.notes or ""
    for kept in ("(1) The war has destroyed homes", "(3) Funds should reach only",
                 "HAS ADOPTED THIS REGULATION:", "Done at Brussels, 1 February 2025.",
                 "For the Council", "The President"):
        assert kept in notes, (kept, notes)
    assert not imported.report.warnings, imported.report.lines()
    lines = "\n".join(imported.report.lines())
    assert "3 numbered paragraph(s) (1-3) before the enacting formula" in lines, lines
    assert "concluding formula after the last article (Done at Brussels" in lines, lines


def test_pasted_regulation() -> None:
    """Before: recitals (1)-(3) were points 1-3, the articles points 1-3 again ("numbering
    goes back"), each article's heading its first paragraph, and "Done at Brussels", "For
    the Council" and "The President" the end of Article 3."""
    _check_regulation(_read(REGULATION.encode(), "regulation.txt"))


def _page(text: str) -> str:
    """The Official Journal's page layout: a recital or a point in a two-cell table, the
    article's number and heading in paragraphs of their own classes."""
    body = []
    for block in text.strip().split("\n\n"):
        line = escape(block)
        if re.match(r"\((?:\d+|[a-z])\) |\d+\. ", block):
            mark, rest = line.split(" ", 1)
            body.append('<table width="100%"><col width="4%"/><col width="96%"/><tbody><tr>'
                        f'<td valign="top"><p class="oj-normal">{mark}</p></td>'
                        f'<td valign="top"><p class="oj-normal">{rest}</p></td></tr></tbody>'
                        "</table>")
        elif block.startswith("Article"):
            body.append(f'<p class="oj-ti-art">{line}</p>')
        else:
            body.append(f'<p class="oj-normal">{line}</p>')
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Regulation 2025/7'
            "</title></head><body>" + "\n".join(body) + "</body></html>")


def test_official_journal_page() -> None:
    _check_regulation(_read(_page(REGULATION).encode(), "regulation.html"))


def test_word_file_and_pdf_of_the_page(tmp_path: Path) -> None:
    """LibreOffice's Word file of the page, and Chromium's print of it (a PDF with its
    running header and footer)."""
    page = tmp_path / "regulation.html"
    page.write_text(_page(REGULATION), encoding="utf-8")
    docx = libreoffice_convert(page, "docx:MS Word 2007 XML", tmp_path / "office", tmp_path)
    _check_regulation(_read(docx.read_bytes(), "regulation.docx"))
    pdf = chromium_pdf(page, tmp_path / "regulation.pdf", tmp_path)
    _check_regulation(_read(pdf.read_bytes(), "regulation.pdf"))


TREATY = """AGREEMENT ON SECURITY COOPERATION BETWEEN UKRAINE AND THE KINGDOM OF EXAMPLE

Ukraine and the Kingdom of Example, hereinafter the Participants,

Reaffirming their support for the sovereignty and territorial integrity of Ukraine,

Determined to deter any renewed aggression,

Have agreed as follows:

Article 1

Purpose

The Participants set out the security commitments each of them takes on.

Article 2

Military assistance

The Kingdom of Example provides air defence, artillery and training for ten years.

Article 3

Final provisions

This Agreement enters into force on signature and remains in force for ten years.

In witness whereof the undersigned, duly authorised, have signed this Agreement.

Done at Kyiv on 12 January 2026, in duplicate, in the English and Ukrainian languages,
both texts being equally authentic.

For Ukraine

For the Kingdom of Example
"""


def test_treaty_with_an_unnumbered_preamble() -> None:
    imported = _read(TREATY.encode(), "treaty.txt")
    assert _points(imported) == [
        ("1", "Purpose", "The Participants set out the security commitments each of them "
                         "takes on."),
        ("2", "Military assistance", "The Kingdom of Example provides air defence, artillery "
                                     "and training for ten years."),
        ("3", "Final provisions", "This Agreement enters into force on signature and remains "
                                  "in force for ten years.")]
    notes = imported.plan.notes or ""
    assert "Have agreed as follows:" in notes
    assert "In witness whereof the undersigned" in notes
    assert "both texts being equally authentic." in notes
    assert notes.rstrip().endswith("For the Kingdom of Example"), notes
    assert not imported.report.warnings, imported.report.lines()


RUSSIAN = """СОГЛАШЕНИЕ о прекращении огня

Стороны,

(1) стремясь прекратить боевые действия,

(2) подтверждая приверженность переговорам,

договорились о нижеследующем:

Статья 1

Прекращение огня

Стороны прекращают огонь по всей линии соприкосновения.

Статья 2

Обмен пленными

Стороны обменивают всех пленных по формуле всех на всех.

Совершено в г. Женеве 1 марта 2026 года в двух экземплярах.
"""

UKRAINIAN = """УГОДА про припинення вогню

Сторони,

(1) прагнучи припинити бойові дії,

(2) підтверджуючи відданість переговорам,

домовилися про таке:

Стаття 1

Припинення вогню

Сторони припиняють вогонь уздовж усієї лінії зіткнення.

Стаття 2

Обмін полоненими

Сторони обмінюють усіх полонених за формулою всіх на всіх.

Вчинено в Женеві 1 березня 2026 року у двох примірниках.
"""


@pytest.mark.parametrize(("text", "formula", "done"), [
    (RUSSIAN, "договорились о нижеследующем:", "Совершено в г. Женеве"),
    (UKRAINIAN, "домовилися про таке:", "Вчинено в Женеві")], ids=["ru", "uk"])
def test_russian_and_ukrainian_agreements(text: str, formula: str, done: str) -> None:
    imported = _read(text.encode(), "agreement.txt")
    points = _points(imported)
    assert [(number, title) for number, title, _ in points] == [
        ("1", text.split("\n\n")[6]), ("2", text.split("\n\n")[9])], points
    assert all(done not in body for _, _, body in points)
    notes = imported.plan.notes or ""
    assert formula in notes and done in notes and "(2) " in notes, notes
    assert not imported.report.warnings, imported.report.lines()


JAPANESE = """停戦に関する協定

両当事者は、

（１）戦闘行為を終わらせることを希望し、

（２）交渉への関与を確認して、

次のとおり協定した。

（停戦）
第１条　両当事者は、接触線の全域で射撃を停止する。

（捕虜の交換）
第２条　両当事者は、全員対全員の方式で捕虜を交換する。

以上の証拠として、下名は、正当に委任を受けてこの協定に署名した。
"""


@pytest.mark.parametrize("blank", [True, False], ids=["paragraphs", "lines"])
def test_japanese_agreement(blank: bool) -> None:
    """The caption over each article (見出し, ``（停戦）``) is its title, with or without
    blank lines between the articles (a copy from a statute database keeps none). Before,
    the first caption went to the notes and each other one ended the article before it."""
    text = JAPANESE if blank else JAPANESE.replace("\n\n", "\n")
    imported = _read(text.encode(), "agreement.txt")
    points = _points(imported)
    assert [(number, title, text) for number, title, text in points] == [
        ("1", "停戦", "両当事者は、接触線の全域で射撃を停止する。"),
        ("2", "捕虜の交換", "両当事者は、全員対全員の方式で捕虜を交換する。")], points
    notes = imported.plan.notes or ""
    assert "次のとおり協定した。" in notes and "以上の証拠として" in notes, notes
    assert "（１）戦闘行為" in notes and "停戦）" not in notes, notes


def test_a_bracket_ending_a_sentence_line_is_no_caption() -> None:
    text = ("第１条　両当事者は、次の事項\n（監視を含む）\n第２条　両当事者は、捕虜を交換する。\n"
            "第３条　国際監視団が停戦を監視する。\n")
    imported = _read(text.encode(), "agreement.txt")
    assert [p.title for p in imported.plan.points] == [None, None, None]
    assert imported.plan.points[0].text.endswith("（監視を含む）")



@pytest.mark.parametrize("blank", [True, False], ids=["paragraphs", "lines"])
@pytest.mark.parametrize("indent", ["  ", "\u3000"], ids=["spaces", "ideographic"])
def test_a_caption_after_an_article_s_indented_items(indent: str, blank: bool) -> None:
    """An article whose numbered items (``（１）``) are set in from its text, as a PDF's
    lines or a typed copy have them: the next article's caption, back at the margin, was
    read as the article's text going on after its items, and the next article had no
    title."""
    text = ("（停戦）\n第１条　両当事者は、接触線の全域で射撃を停止する。\n"
            f"{indent}（１）　砲撃を停止すること。\n{indent}（２）　部隊の移動を通報すること。\n"
            "（監視）\n第２条　非武装の監視団を三十日以内に展開する。\n"
            f"{indent}（１）　監視団は、二週間ごとに報告する。\n"
            "（捕虜の交換）\n第３条　両当事者は、全員対全員の方式で捕虜を交換する。\n")
    if blank:  # a PDF's paragraphs
        text = text.replace("\n", "\n\n")
    imported = _read(text.encode(), "agreement.txt")
    points = imported.plan.points
    assert [(p.number, p.title, p.text) for p in points] == [
        ("1", "停戦", "両当事者は、接触線の全域で射撃を停止する。"),
        ("2", "監視", "非武装の監視団を三十日以内に展開する。"),
        ("3", "捕虜の交換", "両当事者は、全員対全員の方式で捕虜を交換する。")]
    assert [len(p.points) for p in points] == [2, 1, 0]

HEADINGS_MD = """# Agreement on security cooperation

## Article 1

### Purpose

The Participants set out the security commitments each of them takes on.

## Article 2

### Military assistance

The Kingdom of Example provides air defence and training for ten years.

## Article 3

### Final provisions

This Agreement enters into force on signature.
"""


def test_article_heading_styled_apart_from_its_number(tmp_path: Path) -> None:
    """Word's layout of a treaty: the article's number in one heading style, its heading in
    the next (pandoc's .docx and page, Chromium's PDF of the page, the Markdown itself).
    Before, each heading went to the notes as a heading between points, with the article's
    text under it, and the three points had no text."""
    source = tmp_path / "agreement.md"
    source.write_text(HEADINGS_MD, encoding="utf-8")
    docx, page = tmp_path / "agreement.docx", tmp_path / "agreement.html"
    for target, extra in ((docx, []), (page, ["-s", "--metadata", "title=Agreement"])):
        subprocess.run([require("pandoc"), str(source), *extra, "-o", str(target)],
                       check=True, capture_output=True, timeout=120)
    pdf = chromium_pdf(page, tmp_path / "agreement.pdf", tmp_path)
    for made in (source, docx, page, pdf):
        imported = _read(made.read_bytes(), made.name)
        assert [(p.number, p.title, p.text[:28]) for p in imported.plan.points] == [
            ("1", "Purpose", "The Participants set out the"),
            ("2", "Military assistance", "The Kingdom of Example provi"),
            ("3", "Final provisions", "This Agreement enters into f")], made.name
        assert not imported.report.warnings, (made.name, imported.report.lines())
        assert not (imported.plan.notes or "").count("Purpose"), made.name


ROMAN = """TREATY ON THE LINE OF CONTACT

The Parties have agreed as follows:

ARTICLE I

Ceasefire

The Parties cease fire along the whole line of contact.

ARTICLE II — Heavy weapons

The Parties withdraw heavy weapons 30 kilometres from the line.

ARTICLE III

1. This Treaty enters into force on signature.

2. It remains in force for ten years.

ARTICLE IV. Depositary

The Secretary-General of the United Nations is the depositary.
"""


def test_articles_numbered_in_roman_numerals(tmp_path: Path) -> None:
    """As treaties number them. Before, ``ARTICLE I`` to ``ARTICLE III`` and their text went
    to the notes, and the paragraphs of Article III were the draft's points 1 and 2."""
    source = tmp_path / "treaty.md"
    source.write_text(ROMAN.replace("ARTICLE", "## ARTICLE"), encoding="utf-8")
    docx = tmp_path / "treaty.docx"
    subprocess.run([require("pandoc"), str(source), "-o", str(docx)], check=True,
                   capture_output=True, timeout=120)
    for data, name in ((ROMAN.encode(), "treaty.txt"), (docx.read_bytes(), "treaty.docx")):
        imported = _read(data, name)
        assert [(number, title, text[:24]) for number, title, text in _points(imported)] == [
            ("1", "Ceasefire", "The Parties cease fire a"),
            ("2", "Heavy weapons", "The Parties withdraw hea"),
            ("3", None, ""),
            ("3(1)", None, "This Treaty enters into "),
            ("3(2)", None, "It remains in force for "),
            ("4", "Depositary", "The Secretary-General of")], name
        assert not imported.report.warnings, (name, imported.report.lines())


def test_roman_article_headings_with_their_titles(tmp_path: Path) -> None:
    """``## Article IV Depositary`` (Word's heading with the title after the number, no
    separator) opens article 4 with its title; ``## Section II Economy`` stays a part
    heading. Before, the draft had "no numbered points"."""
    text = ("# Treaty\n\n## Article I Purpose\n\nThe Parties set out their aims.\n\n"
            "## Article II Ceasefire\n\nThe Parties cease fire.\n\n## Section II Economy\n\n"
            "1. Trade resumes.\n\n2. Sanctions ease.\n")
    source = tmp_path / "treaty.md"
    source.write_text(text, encoding="utf-8")
    docx = tmp_path / "treaty.docx"
    subprocess.run([require("pandoc"), str(source), "-o", str(docx)], check=True,
                   capture_output=True, timeout=120)
    for made in (source, docx):
        imported = _read(made.read_bytes(), made.name)
        assert [(p.id, p.title, p.text) for p in imported.plan.points] == [
            ("part1-p1", "Purpose", "The Parties set out their aims."),
            ("part1-p2", "Ceasefire", "The Parties cease fire."),
            ("part2-p1", None, "Trade resumes."), ("part2-p2", None, "Sanctions ease.")], \
            made.name


def test_a_roman_letter_out_of_turn_is_no_article() -> None:
    """"Article C" after Article 2 is not article 100, and "Article V of the treaty" in a
    sentence is the sentence's."""
    text = ("Article 1\n\nThe parties cease fire.\n\nArticle 2\n\nThe parties recall\n"
            "Article V of the treaty of 1994.\n\nArticle C\n")
    imported = _read(text.encode(), "articles.txt")
    assert [p.number for p in imported.plan.points] == ["1", "2"]
    assert "Article V of the treaty" in imported.plan.points[1].text


@pytest.mark.parametrize("annex", ["ANNEX", "Annex I", "Додаток 1", "附属書"])
def test_an_annex_after_the_articles_is_a_part(annex: str) -> None:
    """Its points numbered from 1 are a part of their own (``part2-p1``), not the numbered
    paragraphs of the last article (before: 3(1), 3(2)); its title goes to the notes."""
    text = ("Article 1\n\nThe Parties cease fire.\n\nArticle 2\n\nThe Parties draw the line "
            "set out in the Annex.\n\nArticle 3\n\nThis Agreement enters into force on "
            f"signature.\n\n{annex}\n\nThe line of contact\n\n1. The line runs along the "
            "river.\n\n2. It crosses the road at the bridge.\n")
    imported = _read(text.encode(), "agreement.txt")
    assert [(p.id, p.number) for p in imported.plan.walk()] == [
        ("part1-p1", "1"), ("part1-p2", "2"), ("part1-p3", "3"), ("part2-p1", "1"),
        ("part2-p2", "2")]
    assert imported.plan.points[2].text == "This Agreement enters into force on signature."
    assert f"{annex}\n\nThe line of contact" in (imported.plan.notes or "")
    assert not imported.report.warnings, imported.report.lines()


def test_sections_numbered_under_their_article() -> None:
    """An agreement's ``Section 2.01`` under ``ARTICLE II`` is the article's sub-point 2.01,
    as ``2.1`` under point 2 is (before: paragraphs of the article's text)."""
    text = ("ARTICLE I\nDEFINITIONS\n\nSection 1.01 Terms. Fund means the joint fund.\n\n"
            "Section 1.02 Headings. Headings do not affect meaning.\n\nARTICLE II\n"
            "FORMATION OF THE FUND\n\nSection 2.01 The Parties establish the Fund.\n\n"
            "Section 2.02 The Fund has its seat in Kyiv.\n")
    imported = _read(text.encode(), "agreement.txt")
    assert [(number, title, body[:12]) for number, title, body in _points(imported)] == [
        ("1", "DEFINITIONS", ""), ("1.01", None, "Terms. Fund "),
        ("1.02", None, "Headings. He"), ("2", "FORMATION OF THE FUND", ""),
        ("2.01", None, "The Parties "), ("2.02", None, "The Fund has")]


def test_the_formula_as_a_heading_of_its_own() -> None:
    """``## HAVE AGREED AS FOLLOWS`` between the recitals and the articles, as a Word file
    styles it: the recitals go to the notes, and the articles are one part, not two."""
    text = ("# Agreement\n\n1. Recalling the talks in Geneva,\n\n2. Determined to end the "
            "war,\n\n## HAVE AGREED AS FOLLOWS\n\n### Article 1\n\nThe Parties cease fire."
            "\n\n### Article 2\n\nThe Parties exchange prisoners.\n")
    imported = _read(text.encode(), "agreement.md")
    assert [(p.id, p.text) for p in imported.plan.points] == [
        ("p1", "The Parties cease fire."), ("p2", "The Parties exchange prisoners.")]
    assert (imported.plan.notes or "").startswith("1. Recalling the talks in Geneva,")
    assert "before the enacting formula (HAVE AGREED AS FOLLOWS)" in "\n".join(
        imported.report.lines())


@pytest.mark.parametrize("numbers", ["1", "I"])
def test_word_outline_numbering_on_heading_2(tmp_path: Path, numbers: str) -> None:
    """LibreOffice's outline numbering "Article %2" on Heading 2 (its level 1 unnumbered), in
    Arabic or Roman numerals, as its .docx writes it. Before, Word's level text was shown
    only for level 1: the articles read "(1) Purpose" (points by luck) and "(i) Purpose"
    (sub-point marks: "no numbered points found")."""
    head = ('<office:styles><style:style style:name="Heading_20_2" style:display-name='
            '"Heading 2" style:family="paragraph" style:default-outline-level="2"/>'
            '<text:outline-style style:name="Outline"><text:outline-level-style text:level="2"'
            f' style:num-prefix="Article " style:num-suffix="" style:num-format="{numbers}"/>'
            "</text:outline-style></office:styles>")
    body = "".join(f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{title}'
                   f"</text:h><text:p>{text}</text:p>" for title, text in (
                       ("Purpose", "The Parties set out their aims."),
                       ("Ceasefire", "The Parties cease fire."),
                       ("Entry into force", "This Treaty enters into force on signature.")))
    data = libreoffice_docx(f"outline-{numbers}", body, tmp_path, head)
    imported = _read(data, "treaty.docx")
    assert [(p.number, p.title, p.text) for p in imported.plan.points] == [
        ("1", "Purpose", "The Parties set out their aims."),
        ("2", "Ceasefire", "The Parties cease fire."),
        ("3", "Entry into force", "This Treaty enters into force on signature.")]


ACT_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Support Act 2026</title>
</head><body><div class="LegSnippet">
<h1 class="LegTitle">Ukraine Support Act 2026</h1>
<p class="LegLongTitle">An Act to make provision about support for the recovery of Ukraine.</p>
<p class="LegText">BE IT ENACTED by Parliament as follows:</p>
<h4 class="LegP1GroupTitleFirst">Support fund</h4>
<h5><span class="LegP1No">1</span> Establishment of the fund</h5>
<p class="LegP2ParaText"><span class="LegP2No">(1)</span>A fund is established for the recovery
of Ukraine.</p>
<p class="LegP2ParaText"><span class="LegP2No">(2)</span>The Treasury pays into the fund such
sums as it decides.</p>
<h5><span class="LegP1No">2</span> Reports</h5>
<p class="LegText">The Secretary of State must report on the fund each year.</p>
<h4>Final provisions</h4>
<h5><span class="LegP1No">3</span> Short title</h5>
<p class="LegText">This Act may be cited as the Ukraine Support Act 2026.</p>
</div></body></html>"""


def test_an_acts_sections_headed_by_number_and_title(tmp_path: Path) -> None:
    """A legislation site heads each section ``1 Establishment of the fund`` (number, title,
    no separator) in a heading. Before, those headings went to the notes with sections 2
    and 3's text, and subsections (1) and (2) of section 1 were the draft's only points, with
    no warning. Also as LibreOffice's Word file of the page."""
    page = tmp_path / "act.html"
    page.write_text(ACT_PAGE, encoding="utf-8")
    docx = libreoffice_convert(page, "docx:MS Word 2007 XML", tmp_path / "office", tmp_path)
    for data, name in ((ACT_PAGE.encode(), "act.html"), (docx.read_bytes(), "act.docx")):
        imported = _read(data, name)
        assert [(number, title, text[:22]) for number, title, text in _points(imported)] == [
            ("1", "Establishment of the fund", ""), ("1(1)", None, "A fund is established "),
            ("1(2)", None, "The Treasury pays into"), ("2", "Reports", "The Secretary of State"),
            ("3", "Short title", "This Act may be cited ")], name


def test_numbered_part_headings_over_lists_numbered_from_1() -> None:
    """``## 1 Security`` with a list numbered from 1 right under it is a part's heading, as
    it was before numbered titled headings opened points; "## 5 things to know" (small
    letters) and a heading whose number is not the next one are headlines."""
    text = ("# Plan\n\n## 1 Security\n\n1. A ceasefire takes effect.\n2. Monitors watch the "
            "line.\n\n## 2 Economy\n\n1. Sanctions ease in stages.\n2. Trade routes reopen."
            "\n\n## 5 things to know\n\nThe talks go on.\n")
    imported = _read(text.encode(), "plan.md")
    assert [p.id for p in imported.plan.points] == ["part1-p1", "part1-p2", "part2-p1",
                                                    "part2-p2"]
    notes = imported.plan.notes or ""
    assert "1 Security" in notes and "2 Economy" in notes and "5 things to know" in notes
    assert not imported.report.warnings, imported.report.lines()


def test_parts_whose_clauses_share_only_the_act_s_boilerplate_stay_parts() -> None:
    """Every clause of both parts opens "The Parties shall …": sharing those words is no
    restatement (a second copy of the same list), so part II stays the draft's. Before, it
    went to the notes as "another copy of the same list"."""
    text = ("Part I. Security\n\n1. The Parties shall cease fire.\n2. The Parties shall "
            "withdraw weapons.\n3. The Parties shall exchange prisoners.\n\nPart II. Economy"
            "\n\n1. The Parties shall lift sanctions.\n2. The Parties shall reopen trade.\n"
            "3. The Parties shall rebuild grids.\n")
    imported = _read(text.encode(), "act.txt")
    assert [p.id for p in imported.plan.points] == ["part1-p1", "part1-p2", "part1-p3",
                                                    "part2-p1", "part2-p2", "part2-p3"]


# --- what stays as it was ---

def test_numbering_that_goes_on_after_the_formula_keeps_its_points() -> None:
    """"as follows:" with the numbering going on (3 after 2) is no preamble."""
    text = ("1. The parties meet in Geneva.\n\n2. They have agreed as follows:\n\n"
            "3. A ceasefire takes effect at noon.\n\n4. Prisoners are exchanged.\n")
    imported = _read(text.encode(), "list.txt")
    assert [p.number for p in imported.plan.points] == ["1", "2", "3", "4"]


def test_a_sentence_under_a_bare_article_line_is_its_text() -> None:
    text = ("Article 1\n\nThe parties cease fire along the whole line.\n\nArticle 2\n\n"
            "The parties withdraw heavy weapons\nfrom the line within 30 days.\n\n"
            "Article 3\n\nMonitoring by an international mission\n")
    imported = _read(text.encode(), "articles.txt")
    assert [(p.title, p.text) for p in imported.plan.points] == [
        (None, "The parties cease fire along the whole line."),
        (None, "The parties withdraw heavy weapons from the line within 30 days."),
        (None, "Monitoring by an international mission")]


def test_a_last_point_opening_with_signed_keeps_its_text() -> None:
    """The formula is moved from a further paragraph of the last point only."""
    text = ("1. A ceasefire takes effect at noon.\n\n2. Prisoners are exchanged.\n\n"
            "3. Signed at the summit, the declaration binds both sides.\n")
    imported = _read(text.encode(), "list.txt")
    assert imported.plan.points[-1].text == ("Signed at the summit, the declaration binds "
                                             "both sides.")
