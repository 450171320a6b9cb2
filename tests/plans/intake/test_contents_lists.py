"""A table of contents before the points, its entries numbered as the points are, each with
its page: left out, not read as a first run of points. Texts are the project's own."""

from __future__ import annotations

from pathlib import Path

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.producers import libreoffice_convert
from tests.plans.intake.test_pdf_real_world import _FODT, _own_text

REQUEST = DraftRequest(document="outline", version="2025-11-21-contents")
_POINTS = ("1. The ceasefire starts at noon on the day after both sides sign.\n"
           "2. Detained civilians and prisoners of war go home within a month.\n"
           "3. An unarmed mission watches the line from both sides.\n"
           "4. A vote for a new parliament follows within a hundred days.\n")


def _numbers_and_texts(data: bytes, name: str) -> list[tuple[str, str]]:
    imported = import_bytes(data, name, Path(name).suffix, REQUEST)
    assert not imported.report.warnings, imported.report.lines()
    assert any("table of contents" in f.message for f in imported.report.findings)
    return [(p.number, p.text) for p in imported.plan.points]


def test_a_pasted_contents_list_with_dotted_leaders_is_left_out() -> None:
    pasted = ("Outline of a settlement\n\nTable of contents\n"
              "1. Ceasefire .................... 2\n2. Detainees .................... 2\n"
              "3. Monitoring ..................... 3\n4. Elections ....... 4\n\n" + _POINTS)
    assert [n for n, _ in _numbers_and_texts(pasted.encode(), "pasted.txt")] == [
        "1", "2", "3", "4"]


def test_a_contents_list_set_with_tabs_is_left_out_and_points_ending_in_numbers_stay(
        ) -> None:
    pasted = ("Contents\n1. Ceasefire\t2\n2. Detainees\t2\n3. Monitoring\t3\n\n" + _POINTS)
    assert [n for n, _ in _numbers_and_texts(pasted.encode(), "pasted.txt")] == [
        "1", "2", "3", "4"]
    # a list whose every line ends in a number is points, when no point comes again below
    plain = "1. Troops pull back by 30\n2. Sanctions ease in 2\n3. Aid rises to 50\n"
    imported = import_bytes(plain.encode(), "plain.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        "Troops pull back by 30", "Sanctions ease in 2", "Aid rises to 50"]


def test_a_contents_list_with_parts_whose_numbering_starts_again() -> None:
    """Entries for the parts (``II. Economy …… 4``) and an annex between the points' own,
    numbered from 1 again in each part: the whole list is left out."""
    pasted = ("Outline of a settlement\n\nContents\nI. Security ............ 2\n"
              "1. Ceasefire ............ 2\n2. Detainees ............ 3\n"
              "II. Economy ............ 4\n1. Sanctions ............ 4\n"
              "2. Rebuilding ............ 5\nAnnex: the line on a map ............ 6\n\n"
              "I. Security\n\n1. The truce starts at noon.\n2. Detainees go home.\n\n"
              "II. Economy\n\n1. Sanctions are lifted in stages.\n"
              "2. A fund pays for the rebuilding.\n")
    imported = import_bytes(pasted.encode(), "parts.txt", ".txt", REQUEST)
    assert not imported.report.warnings, imported.report.lines()
    assert [(p.id, p.text) for p in imported.plan.points] == [
        ("part1-p1", "The truce starts at noon."), ("part1-p2", "Detainees go home."),
        ("part2-p1", "Sanctions are lifted in stages."),
        ("part2-p2", "A fund pays for the rebuilding.")]
    assert "Annex" not in (imported.plan.notes or "")


def test_a_contents_list_of_articles_with_no_separator_is_left_out() -> None:
    """``Article 1 Ceasefire ...... 2``: an article's word and number with no separator
    before the title; it opened articles 1-3 (their text the title and its page) until the
    real ones, and its "2" was read as a count of points the text announced."""
    pasted = ("Agreement\n\nContents\nArticle 1 Ceasefire ............ 2\n"
              "Article 2 Detainees ............ 2\nArticle 3 Monitoring ............ 3\n\n"
              "Article 1\nThe truce starts at noon.\n\nArticle 2\nDetainees go home.\n\n"
              "Article 3\nObservers patrol the line.\n")
    imported = import_bytes(pasted.encode(), "articles.txt", ".txt", REQUEST)
    assert not imported.report.warnings, imported.report.lines()
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "The truce starts at noon."), ("2", "Detainees go home."),
        ("3", "Observers patrol the line.")]
    assert "Ceasefire" not in (imported.plan.notes or "")


def test_a_pdfs_contents_page_with_dotted_leaders_gives_no_points(tmp_path: Path) -> None:
    """LibreOffice draws the leaders of a right tab; the PDF's text has the title and the
    page number only (``1. Ceasefire 2``): the list was read as points 1-5 and the real
    points as a second run after 'numbering goes back'."""
    toc_style = ('<style:style style:name="Toc" style:family="paragraph" '
                 'style:parent-style-name="Standard"><style:paragraph-properties>'
                 '<style:tab-stops><style:tab-stop style:position="17cm" style:type="right" '
                 'style:leader-style="dotted" style:leader-text="."/></style:tab-stops>'
                 '</style:paragraph-properties></style:style>')
    entries = (("Ceasefire", 2), ("Detainees", 2), ("Monitoring", 3), ("Elections", 3),
               ("Sanctions", 4))
    body = ('<text:p text:style-name="Standard">Outline of a settlement</text:p>'
            '<text:p text:style-name="Standard">Contents</text:p>'
            + "".join(f'<text:p text:style-name="Toc">{n}. {title}<text:tab/>{page}</text:p>'
                      for n, (title, page) in enumerate(entries, 1))
            + '<text:p text:style-name="Standard" fo:break-after="page"/>'
            + "".join(f'<text:p text:style-name="Standard">{n}. {_own_text(n)}</text:p>'
                      for n in range(1, 13)))
    source = tmp_path / "outline.fodt"
    source.write_text(_FODT.format(styles=toc_style, columns="", master="", body=body),
                      encoding="utf-8")
    data = libreoffice_convert(source, "pdf", tmp_path / "out", tmp_path).read_bytes()
    assert _numbers_and_texts(data, "outline.pdf") == [
        (str(n), _own_text(n)) for n in range(1, 13)]


_IN_PAGE_POINTS = ("1. Ceasefire\n\nAll fire stops along the line of contact within three "
                   "days of signature.\n\n2. Prisoners\n\nPrisoners held by both sides are "
                   "exchanged on an all-for-all basis.\n\n3. Elections\n\nElections take "
                   "place within one hundred days under international oversight.\n")
_IN_PAGE_TEXTS = [("1", "Ceasefire"), ("2", "Prisoners"), ("3", "Elections")]


def _in_page_contents(data: bytes, name: str) -> None:
    imported = import_bytes(data, name, Path(name).suffix, REQUEST)
    assert not imported.report.warnings, imported.report.lines()
    assert [(p.number, p.title) for p in imported.plan.points] == _IN_PAGE_TEXTS
    assert all(p.text.startswith(("All fire", "Prisoners held", "Elections take"))
               for p in imported.plan.points)
    assert "1. Ceasefire" in (imported.plan.notes or ""), imported.plan.notes
    # the paragraph under the box opens the article: an intro, not "Heading before point 1"
    assert "\n\nThe outline, seen by Harbor Daily, has three points." in (
        imported.plan.notes or ""), imported.plan.notes
    assert "Heading before point" not in (imported.plan.notes or ""), imported.plan.notes


def test_an_in_page_contents_list_of_one_word_headings_with_no_pages_is_left_out() -> None:
    """A news page's "Contents" box lists the point headings it links to, without pages;
    the headings are single words, so the two lists share one word a point: the box was
    points 1-3 and the real points a second run ("numbering goes back")."""
    pasted = ("Outline explained\n\nContents\n\n1. Ceasefire\n2. Prisoners\n3. Elections\n\n"
              "The outline, seen by Harbor Daily, has three points.\n\n" + _IN_PAGE_POINTS)
    _in_page_contents(pasted.encode(), "pasted.txt")


def test_an_in_page_contents_box_printed_by_chromium_is_left_out(tmp_path: Path) -> None:
    from tests.plans.intake.producers import chromium_pdf
    items = "".join(f'<li><a href="#p{n}">{t}</a></li>' for n, t in _IN_PAGE_TEXTS)
    texts = _IN_PAGE_POINTS.strip().split("\n\n")[1::2]
    points = "".join(f'<h2 id="p{n}">{n}. {t}</h2><p>{text}</p>'
                     for (n, t), text in zip(_IN_PAGE_TEXTS, texts, strict=True))
    page = tmp_path / "page.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Outline explained'
        ' | Harbor Daily</title></head><body><header><div>Harbor Daily</div><nav>World '
        'Politics Business</nav></header><main><article><h1>Outline explained: the ceasefire,'
        ' prisoners and elections</h1><div class="toc"><strong>Contents</strong><ol>'
        f'{items}</ol></div><p>The outline, seen by Harbor Daily, has three points.</p>'
        f'{points}</article></main></body></html>', encoding="utf-8")
    pdf = chromium_pdf(page, tmp_path / "page.pdf", tmp_path)
    _in_page_contents(pdf.read_bytes(), "page.pdf")
